// Where src/jit/block-groups.ts's planGroups cuts a compiled text's blocks into groups: runs of
// about equal size, each at most the size asked for, or at most half of it when the text is
// more than twice that long (a group is one TurboFan compilation, whose zone grows with it).
import { describe, expect, it } from "vitest";
import { planGroups } from "../../src/jit/block-groups.js";

/** The characters of each group of `groupOf` (`lengths` the blocks'). */
function groupSizes(lengths: readonly number[], groupOf: readonly number[]): number[] {
  const sizes: number[] = [];
  groupOf.forEach((g, b) => (sizes[g] = (sizes[g] ?? 0) + lengths[b]!));
  return sizes;
}

/** `count` blocks of `each` characters, the text's own loop around them all. */
function plan(count: number, each: number, groupChars: number): number[] | null {
  return planGroups(new Array<number>(count).fill(each), [[0, count - 1]], groupChars);
}

describe("the compiled tier's plan of groups", () => {
  it("leaves a text that fits in one group whole", () => {
    expect(plan(24, 1000, 24_000)).toBeNull();
  });

  it("cuts a text of up to twice the size into groups of at most the size", () => {
    const lengths = new Array<number>(48).fill(1000);
    const groupOf = plan(48, 1000, 24_000)!;
    expect(groupSizes(lengths, groupOf)).toEqual([24_000, 24_000]);
    expect(groupSizes(lengths, plan(30, 1000, 24_000)!)).toEqual([15_000, 15_000]);
  });

  it("cuts a longer text into groups of at most half the size", () => {
    // (54 blocks of 1,000 characters, as long as fannkuch's main loop: five groups of 10,000
    // to 12,000, not three of 18,000.)
    const lengths = new Array<number>(54).fill(1000);
    const sizes = groupSizes(lengths, plan(54, 1000, 24_000)!);
    expect(sizes).toHaveLength(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12_000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(54_000);
    // (Just over twice the size: groups of at most half of it too.)
    expect(Math.max(...groupSizes(new Array<number>(49).fill(1000), plan(49, 1000, 24_000)!))).toBeLessThanOrEqual(12_000);
  });

  it("keeps groups in block order, group 0 first", () => {
    const groupOf = plan(54, 1000, 24_000)!;
    expect(groupOf[0]).toBe(0);
    for (let b = 1; b < groupOf.length; b++) expect(groupOf[b]! - groupOf[b - 1]!).toBeGreaterThanOrEqual(0);
  });
});
