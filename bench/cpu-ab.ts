/**
 * Two builds of the engine timed in alternating separate processes (A, B, B, A, A, B, …), CPU time,
 * `node --single-threaded`: the method of docs/design/engine-speed.md ("How it was measured") for a
 * shared, noisy machine. Two builds in one process measure each other (shared inline caches, heap).
 *
 *   node --import tsx bench/cpu-ab.ts <dir A> [dir B] [--rounds=6] [--runs=5] [--warm=8] [--inputs=a,b,…]
 *
 * A build is a checkout's root (its `src/engine`, bundled as it ships: engine-bundle.ts); the default
 * B is this one. Inputs: `realistic` (10 MB), `table` (the 1 MB customer table), `prompts` (the 64
 * 2 KB prompts ten times over), or hostile-input ids (1 MB); default the four slowest
 * hostile inputs. Each process scans every input `runs` times after `warm` warm-ups (each scan reads the
 * text as new, as `scanFresh` in bench/libraries.ts) and reports the median; the driver prints, per
 * input, each build's median over the rounds, B ÷ A and MB/s.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { customerTable } from './customer-table';
import { loadEngine } from './engine-bundle';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { prompt2k, realisticText } from './realistic-text';

const MB = 1024 * 1024;
const flag = (name: string, dflt: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** `prompts`: the 64 `prompt2k` prompts, each scanned 10 times per run (640 scans, ~1.3 MB). */
const PROMPT_ROUNDS = 10;

function textsOf(input: string): readonly string[] {
  if (input === 'prompts') return Array.from({ length: 64 * PROMPT_ROUNDS }, (_, i) => prompt2k((i % 64) + 1));
  return [textOf(input)];
}

function textOf(input: string): string {
  if (input === 'realistic') return realisticText(10 * MB, 1);
  if (input === 'table') return customerTable(MB, 1).text;
  const h = HOSTILE_INPUTS.find((x) => x.id === input);
  if (!h) throw new Error(`unknown input ${input}`);
  return h.make(MB);
}

async function child(dir: string, inputs: readonly string[], runs: number, warm: number): Promise<void> {
  // Each build's engine bundled as it ships (engine-bundle.ts).
  const { createScanner, ALL_DETECTORS } = await loadEngine(dir);
  const scanner = createScanner(ALL_DETECTORS);
  const result: Record<string, number> = {};
  for (const input of inputs) {
    const texts = textsOf(input);
    const scan = () => {
      for (const text of texts) {
        scanner.scan(text);
        scanner.fieldsOf('');
      }
    };
    // Under --single-threaded V8 optimises on the main thread: the first scans of an input cost up to
    // 5× the steady ones (one-line-realistic: ~8 scans), and that compile time is CPU time too.
    for (let i = 0; i < warm; i++) scan();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      scan();
      const c = process.cpuUsage(c0);
      times.push((c.user + c.system) / 1000);
    }
    result[input] = median(times);
    result[`${input}:min`] = Math.min(...times);
  }
  process.stdout.write(JSON.stringify(result));
}

if (process.env.CPU_AB_CHILD) {
  await child(process.env.CPU_AB_CHILD, JSON.parse(process.env.CPU_AB_INPUTS!), Number(process.env.CPU_AB_RUNS), Number(process.env.CPU_AB_WARM));
} else {
  if (!positional[0]) {
    console.error('usage: node --import tsx bench/cpu-ab.ts <dir A> [dir B] [--rounds=6] [--runs=5] [--warm=8] [--inputs=a,b,…]');
    process.exit(2);
  }
  const dirs = [positional[0], positional[1] ?? fileURLToPath(new URL('..', import.meta.url))];
  const rounds = Number(flag('rounds', '6'));
  const runs = Number(flag('runs', '5'));
  const warm = Number(flag('warm', '8'));
  const inputs = flag('inputs', 'one-line-realistic,keyword-soup,password=-repeated,json-password').split(',');
  const times: number[][][] = dirs.map(() => inputs.map(() => []));
  const mins: number[][][] = dirs.map(() => inputs.map(() => []));
  for (let r = 0; r < rounds; r++) {
    // A B, B A, A B, …: neither build always runs first.
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const b of order) {
      const out = execFileSync(process.execPath, ['--single-threaded', '--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url)], {
        env: { ...process.env, CPU_AB_CHILD: dirs[b], CPU_AB_INPUTS: JSON.stringify(inputs), CPU_AB_RUNS: String(runs), CPU_AB_WARM: String(warm) },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const res = JSON.parse(out) as Record<string, number>;
      inputs.forEach((input, i) => {
        times[b]![i]!.push(res[input]!);
        mins[b]![i]!.push(res[`${input}:min`]!);
      });
      process.stderr.write(`round ${r + 1} ${b ? 'B' : 'A'}: ${inputs.map((x) => `${x} ${res[x]!.toFixed(1)}`).join(', ')}\n`);
    }
  }
  // Medians, as the design doc reports them; and the median of each process's fastest run, which
  // neighbours on a loaded machine (a busy sibling hyperthread, caches) can only make slower.
  console.log(`A = ${dirs[0]}\nB = ${dirs[1]}\n${rounds} rounds × ${runs} runs after ${warm} warm-ups, CPU ms: median of the rounds' medians [median of their minimums]`);
  inputs.forEach((input, i) => {
    const a = median(times[0]![i]!);
    const b = median(times[1]![i]!);
    const am = median(mins[0]![i]!);
    const bm = median(mins[1]![i]!);
    const mb = input === 'realistic' ? 10 : input === 'prompts' ? (64 * PROMPT_ROUNDS * 2048) / MB : 1;
    console.log(
      `${input.padEnd(22)} A ${a.toFixed(1).padStart(7)} ms (${(mb / (a / 1000)).toFixed(1)} MB/s) [${am.toFixed(1)}]  B ${b.toFixed(1).padStart(7)} ms (${(mb / (b / 1000)).toFixed(1)} MB/s) [${bm.toFixed(1)}]  B÷A ${(b / a).toFixed(3)} [${(bm / am).toFixed(3)}]`,
    );
  });
}
