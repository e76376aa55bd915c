import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";

/** How often the child's memory is sampled. VmHWM is a high-water mark, so a sample after the peak still sees it. */
const SAMPLE_MS = 50;

export interface ChildRun {
  code: number | null;
  wallMs: number;
  /** Peak resident memory of the whole process (every thread, workers included), in bytes. */
  peakRssBytes: number;
  /** CPU time (user + system, all threads) at the last sample before exit, in ms: the work done, whatever the machine's load. */
  cpuMs: number;
  stderr: string;
}

/** Linux's clock tick for /proc/<pid>/stat times (USER_HZ), 100 on every common kernel. */
const CLOCK_TICKS_PER_SECOND = 100;

function cpuTime(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function highWaterMark(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const line = status.split("\n").find((entry) => entry.startsWith("VmHWM:"));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command with stdin from a file and stdout to a file, timing it and
 * sampling its peak RSS from /proc/<pid>/status (Linux).
 */
export async function runChild(
  command: string,
  args: string[],
  stdinPath: string | undefined,
  stdoutPath: string,
): Promise<ChildRun> {
  const input = stdinPath === undefined ? "ignore" : openSync(stdinPath, "r");
  const output = openSync(stdoutPath, "w");
  const started = performance.now();
  const child = spawn(command, args, { stdio: [input, output, "pipe"] });
  if (typeof input === "number") closeSync(input);
  closeSync(output);
  let peak = 0;
  let cpuMs = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    peak = Math.max(peak, highWaterMark(child.pid) ?? 0);
    cpuMs = Math.max(cpuMs, cpuTime(child.pid) ?? 0);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  // The last sample just before the process is reaped: "exit" fires before /proc/<pid> goes away only
  // sometimes, so the interval above carries the measurement and this one is a bonus.
  const code = await new Promise<number | null>((resolve) => {
    child.on("exit", (exitCode) => {
      sample();
      resolve(exitCode);
    });
  });
  clearInterval(timer);
  return { code, wallMs: performance.now() - started, peakRssBytes: peak, cpuMs, stderr };
}
