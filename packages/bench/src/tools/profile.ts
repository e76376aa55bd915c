/**
 * Where the time goes: runs one benchmark set through Copydesk for a number
 * of passes under V8's sampling profiler and prints the functions with the
 * most self time. The profile is written for Chrome DevTools or speedscope.
 *
 *   pnpm --filter @copydesk/bench cpu-profile --set text|html [--passes N] [--top N] [--out FILE.cpuprofile]
 *
 * The first pass is not profiled, so the table shows compiled code, not the JIT warming up.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { resolve } from "node:path";
import { loadSet } from "./pipelines.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1]!;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((ok, fail) =>
    session.post(method, params ?? {}, (error, result) => (error ? fail(error) : ok(result as T))),
  );
}

/** Self time per function (name, file and line), largest first. */
function selfTimes(profile: Profile): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url === "" ? "" : ` ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
    const key = `${functionName || "(anonymous)"}${where}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const set = loadSet(option("--set", "text"));
  const passes = Number(option("--passes", "10"));
  const top = Number(option("--top", "40"));
  const pass = () => {
    for (let i = 0; i < set.ids.length; i++) set.run(i);
  };
  pass();
  const session = new Session();
  session.connect();
  await post(session, "Profiler.enable");
  await post(session, "Profiler.setSamplingInterval", { interval: 100 });
  await post(session, "Profiler.start");
  const t = performance.now();
  for (let p = 0; p < passes; p++) pass();
  const ms = (performance.now() - t) / passes;
  const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop");
  session.disconnect();
  const out = process.argv.includes("--out")
    ? resolve(process.env.INIT_CWD ?? process.cwd(), option("--out", ""))
    : undefined;
  if (out !== undefined) writeFileSync(out, JSON.stringify(profile));
  const rows = selfTimes(profile);
  const total = rows.reduce((n, [, t]) => n + t, 0);
  console.log(
    `${set.name}: ${set.ids.length} pages, ${passes} passes, ${ms.toFixed(1)} ms/pass under the profiler.\n` +
      "Self time (share of samples), largest first:\n",
  );
  for (const [name, time] of rows.slice(0, top))
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}`);
  if (out !== undefined) console.log(`\nProfile written to ${out}`);
}

await main();
