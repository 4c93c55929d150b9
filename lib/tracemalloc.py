"""Trace memory allocations: snapshots, statistics and filters over _tracemalloc's traces.

glasspy's version of CPython's Lib/tracemalloc.py, written for glasspy (its stdlib has no
functools, collections.abc, fnmatch, linecache or pickle yet, so the small parts of them this
module needs are here). Classes, string forms and sort orders are CPython 3.11's.

Snapshot.dump() writes a documented text format instead of a pickle (docs/introspection.md):

    glasspy-tracemalloc-snapshot 1
    traceback_limit <n>
    trace <domain> <size> <total_nframe or -> <number of frames>
    frame <lineno> <filename, with backslash and newline escaped as \\\\ and \\n>
    ...                                   (frames most recent first, as _get_traces gives them)
"""

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces


def _format_size(size, sign):
    # Three significant figures at most: "xx.x UNIT" below 100, else a whole number below
    # 10 * 1024; otherwise move to the next unit.
    units = ('B', 'KiB', 'MiB', 'GiB', 'TiB')
    for position, unit in enumerate(units):
        if unit != 'B' and abs(size) < 100:
            number = ("%+.1f" if sign else "%.1f") % size
            return number + " " + unit
        if abs(size) < 10 * 1024 or position == len(units) - 1:
            number = ("%+.0f" if sign else "%.0f") % size
            return number + " " + unit
        size /= 1024


def _normalize_filename(filename):
    # os.path.normcase is the identity on POSIX; compiled files stand for their sources.
    if filename.endswith('.pyc'):
        return filename[:-1]
    return filename


def _match_class(name, i, pattern):
    # A [...] set at pattern[i] ('[' excluded): returns (matched, index after ']') or None
    # when the bracket is not closed (then '[' is a literal, as in fnmatch).
    j = i
    negate = j < len(pattern) and pattern[j] == '!'
    if negate:
        j += 1
    first = j
    matched = False
    while j < len(pattern) and (pattern[j] != ']' or j == first):
        if j + 2 < len(pattern) and pattern[j + 1] == '-' and pattern[j + 2] != ']':
            if pattern[j] <= name <= pattern[j + 2]:
                matched = True
            j += 3
        else:
            if pattern[j] == name:
                matched = True
            j += 1
    if j >= len(pattern):
        return None
    return (matched != negate, j + 1)


def _fnmatch(name, pattern):
    # Shell-style matching as fnmatch.fnmatch on POSIX: * any run, ? one character,
    # [seq] / [!seq] a set; backtracking over the last star only.
    n = p = 0
    star_p = -1
    star_n = 0
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star_p = p
                star_n = n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                found = _match_class(name[n], p + 1, pattern)
                if found is None:
                    if name[n] == '[':
                        n += 1
                        p += 1
                        continue
                elif found[0]:
                    n += 1
                    p = found[1]
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        star_n += 1
        n = star_n
        p = star_p + 1
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


def _source_line(filename, lineno):
    try:
        import linecache
    except ImportError:
        import glasspy
        return glasspy.source_line(filename, lineno)
    return linecache.getline(filename, lineno)


class Frame:
    """One frame of a traceback: filename and lineno."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return other._frame < self._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return not other._frame < self._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return not self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback:
    """A sequence of Frame objects, oldest frame first."""

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives the most recent frame first; keep them oldest first.
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Frame(frame) for frame in self._frames[index]])
        return Frame(self._frames[index])

    def __iter__(self):
        for frame in self._frames:
            yield Frame(frame)

    def __reversed__(self):
        for frame in self._frames[::-1]:
            yield Frame(frame)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, value, start=0, stop=None):
        frames = [Frame(frame) for frame in self._frames]
        if stop is None:
            return frames.index(value, start)
        return frames.index(value, start, stop)

    def count(self, value):
        return [Frame(frame) for frame in self._frames].count(value)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return other._frames < self._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return not other._frames < self._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return not self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %r" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % self._total_nframe

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = list(self)
        elif limit > 0:
            frames = list(self[-limit:])
        else:
            frames = list(self[:limit])
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _source_line(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if it is not known."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """One traced memory block: domain, size and traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(self._trace[2], self._trace[3])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    __slots__ = ("_traces",)

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Trace(trace) for trace in self._traces[index]])
        return Trace(self._traces[index])

    def __iter__(self):
        for trace in self._traces:
            yield Trace(trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


class Statistic:
    """Memory allocated by one group of traces: traceback (the key), size, count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback, self.size, self.count) == (other.traceback, other.size, other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """The difference of a group's Statistic between an old and a new snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._fields()

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop traces whose frame matches a filename pattern and line."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _traceback_passes(self, traceback):
        # traceback: _tracemalloc's tuple, most recent frame first.
        if self.all_frames:
            matched = False
            for filename, lineno in traceback:
                if self._frame_matches(filename, lineno):
                    matched = True
                    break
        else:
            matched = self._frame_matches(traceback[0][0], traceback[0][1])
        return matched == bool(self.inclusive)

    def _match(self, trace):
        passes = self._traceback_passes(trace[2])
        if self.domain is None:
            return passes
        if self.inclusive:
            return passes and trace[0] == self.domain
        return passes or trace[0] != self.domain


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) == bool(self.inclusive)


_DUMP_MAGIC = "glasspy-tracemalloc-snapshot 1"


def _escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _unescape(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _write_text(filename, text):
    try:
        open
    except NameError:
        import glasspy
        glasspy.write_text_file(filename, text)
        return
    with open(filename, "w") as fp:
        fp.write(text)


def _read_text(filename):
    try:
        open
    except NameError:
        import glasspy
        return glasspy.read_text_file(filename)
    with open(filename) as fp:
        return fp.read()


class Snapshot:
    """The traces of memory blocks at one moment."""

    def __init__(self, traces, traceback_limit):
        # traces: a list of (domain, size, traceback, total_nframe) tuples from _get_traces().
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (glasspy's text format; see the module doc)."""
        lines = [_DUMP_MAGIC, "traceback_limit %d" % self.traceback_limit]
        for domain, size, traceback, total_nframe in self.traces._traces:
            total = "-" if total_nframe is None else str(total_nframe)
            lines.append("trace %d %d %s %d" % (domain, size, total, len(traceback)))
            for filename_, lineno in traceback:
                lines.append("frame %d %s" % (lineno, _escape(filename_)))
        _write_text(filename, "\n".join(lines) + "\n")

    @staticmethod
    def load(filename):
        """Read a snapshot written by dump()."""
        lines = _read_text(filename).split("\n")
        if not lines or lines[0] != _DUMP_MAGIC:
            raise ValueError("%r is not a glasspy tracemalloc snapshot" % (filename,))
        limit = int(lines[1].split(" ")[1])
        traces = []
        i = 2
        while i < len(lines) and lines[i]:
            _, domain, size, total, nframe = lines[i].split(" ")
            frames = []
            for k in range(int(nframe)):
                _, lineno, name = lines[i + 1 + k].split(" ", 2)
                frames.append((_unescape(name), int(lineno)))
            traces.append((int(domain), int(size), tuple(frames), None if total == "-" else int(total)))
            i += 1 + int(nframe)
        return Snapshot(traces, limit)

    def filter_traces(self, filters):
        """A new Snapshot with the traces that pass: any inclusive filter and every exclusive one."""
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__) from None
        if not filters:
            return Snapshot(list(self.traces._traces), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = []
        for trace in self.traces._traces:
            if include and not any(f._match(trace) for f in include):
                continue
            if not all(f._match(trace) for f in exclude):
                continue
            kept.append(trace)
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        groups = {}
        keys = {}

        def add(frames_key, make_frames, size):
            traceback = keys.get(frames_key)
            if traceback is None:
                traceback = Traceback(make_frames())
                keys[frames_key] = traceback
            stat = groups.get(traceback)
            if stat is None:
                groups[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if cumulative:
                for frame in frames:
                    if key_type == 'lineno':
                        add(frame, lambda: (frame,), size)
                    else:
                        add(frame, lambda: ((frame[0], 0),), size)
            elif key_type == 'traceback':
                add(frames, lambda: frames, size)
            elif key_type == 'lineno':
                add(frames, lambda: frames[:1], size)
            else:
                add(frames, lambda: ((frames[0][0], 0),), size)
        return groups

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by key_type, biggest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects from old_snapshot to this one, biggest change first."""
        new_groups = self._group_by(key_type, cumulative)
        old_groups = old_snapshot._group_by(key_type, cumulative)
        result = []
        for traceback, stat in new_groups.items():
            old = old_groups.pop(traceback, None)
            if old is None:
                result.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
            else:
                result.append(StatisticDiff(traceback, stat.size, stat.size - old.size, stat.count, stat.count - old.count))
        for traceback, stat in old_groups.items():
            result.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """A Snapshot of the traces of the memory blocks allocated by Python."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    traces = _get_traces()
    traceback_limit = get_traceback_limit()
    return Snapshot(traces, traceback_limit)
