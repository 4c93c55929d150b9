/** The entry point of the plain CLI bundle (dist/glasspy-cli.cjs, no snapshot): run the command. */
import { startCommand } from "./main.js";

startCommand();
