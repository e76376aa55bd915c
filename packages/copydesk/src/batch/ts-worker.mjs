// Starts the batch worker from TypeScript source (tests, and the CLI run through tsx):
// a worker thread does not inherit tsx's hooks, so it registers them itself.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
