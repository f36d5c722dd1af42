/**
 * Every finding of one build of the engine on the 160 inputs that speed work must not change, one
 * line per finding, so two builds compare with `cmp` (docs/design/engine-speed.md, "How it was
 * measured"): 10 MB of realistic text, a second realistic MB, the 64 incident prompts and the 64
 * support-ticket prompts, two customer tables, and every hostile input at 1 MB.
 *
 *   node --import tsx bench/findings-dump.ts [engine dir] > /tmp/new.txt
 *   node --import tsx bench/findings-dump.ts /path/to/old/checkout > /tmp/old.txt && cmp /tmp/old.txt /tmp/new.txt
 *
 * The engine dir is a checkout's root (its `src/engine` is loaded; default this one). A line holds
 * the input, type, detector, offsets, score, preview, reason and the explanation as data. A summary
 * (findings per input) goes to stderr.
 */
import { customerTable } from './customer-table';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { prompt2k, realisticText, ticketPrompt2k } from './realistic-text';

const MB = 1024 * 1024;
const dir = process.argv[2] ?? '..';
const { createScanner } = (await import(`${dir}/src/engine/scan.ts`)) as typeof import('../src/engine/scan');
const { ALL_DETECTORS } = (await import(`${dir}/src/engine/detectors/index.ts`)) as typeof import('../src/engine/detectors');

const inputs: [string, () => string][] = [
  ['realistic-10MB', () => realisticText(10 * MB, 1)],
  ['realistic-1MB-seed2', () => realisticText(MB, 2)],
  ...Array.from({ length: 64 }, (_, i): [string, () => string] => [`prompt2k-${i + 1}`, () => prompt2k(i + 1)]),
  ...Array.from({ length: 64 }, (_, i): [string, () => string] => [`ticket2k-${i + 1}`, () => ticketPrompt2k(i + 1)]),
  ['customer-table-1MB-seed1', () => customerTable(MB, 1).text],
  ['customer-table-1MB-seed2', () => customerTable(MB, 2).text],
  ...HOSTILE_INPUTS.map((h): [string, () => string] => [`hostile-${h.id}`, () => h.make(MB)]),
];

const out: string[] = [];
const flush = () => {
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  out.length = 0;
};
for (const [name, make] of inputs) {
  // A new scanner per input: no field index carried from the text before.
  const found = createScanner(ALL_DETECTORS).scan(make());
  for (const f of found) {
    out.push([name, f.type, f.detector, f.start, f.end, f.score, f.preview, f.reason, JSON.stringify(f.why ?? null)].join('\t'));
  }
  flush();
  process.stderr.write(`${name}: ${found.length}\n`);
}
