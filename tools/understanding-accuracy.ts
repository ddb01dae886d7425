// `npm run nlu:accuracy [-- --set dev|held-out]`: the rules understander's accuracy on a labelled corpus, per intent, with its failures and speed.
import { performance } from 'node:perf_hooks';
import { demoServices, demoStylists } from '@atrevete/booking/testing';
import { RulesUnderstander } from '@atrevete/understanding';
import {
  corpusContext,
  devSet,
  heldOutSet,
  measureAccuracy,
  type Accuracy,
  type LabelledUtterance,
} from '@atrevete/understanding/testing';

/** Timed passes over the set after a warm-up one, so the figure is a long-running worker's. */
const TIMED_PASSES = 20;

function loadSet(name: string): LabelledUtterance[] {
  if (name === 'dev') return devSet;
  if (name === 'held-out') return heldOutSet;
  throw new Error(`--set must be "dev" or "held-out", not "${name}"`);
}

function perIntent(
  set: readonly LabelledUtterance[],
  result: Accuracy,
): string[] {
  const failed = new Set(result.failures.map((f) => f.utterance));
  const rows = new Map<string, { total: number; correct: number }>();
  for (const u of set) {
    const row = rows.get(u.intent) ?? { total: 0, correct: 0 };
    row.total++;
    if (!failed.has(u)) row.correct++;
    rows.set(u.intent, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([intent, { total, correct }]) =>
        `  ${intent.padEnd(18)} ${String(correct).padStart(3)}/${String(total).padEnd(3)} ${((100 * correct) / total).toFixed(0).padStart(4)}%`,
    );
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--set');
  const name = flag >= 0 ? (process.argv[flag + 1] ?? '') : 'dev';
  const set = loadSet(name);
  const catalogue = { services: demoServices(), stylists: demoStylists() };
  const understander = new RulesUnderstander();
  const result = await measureAccuracy(understander, set, catalogue);

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const u of set)
      await understander.understand([...u.texts], corpusContext(u, catalogue));
  }
  const runs = TIMED_PASSES * set.length;
  const micros = ((performance.now() - started) * 1000) / runs;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMicros = (cpu.user + cpu.system) / runs;

  console.log(
    `Set "${name}": ${result.correct}/${result.total} correct, accuracy ${(100 * result.accuracy).toFixed(1)}%`,
  );
  console.log(
    `Speed: ${micros.toFixed(0)} µs per utterance (${cpuMicros.toFixed(0)} µs of CPU; warm, mean of ${TIMED_PASSES} passes); first pass ${result.meanMicroseconds.toFixed(0)} µs`,
  );
  console.log('Per intent (correct/total):');
  for (const line of perIntent(set, result)) console.log(line);
  console.log(`Failures (${result.failures.length}):`);
  for (const { utterance, mismatches } of result.failures) {
    const expecting = utterance.expecting
      ? ` [expecting ${utterance.expecting}]`
      : '';
    console.log(`  ${JSON.stringify(utterance.texts)}${expecting}`);
    for (const mismatch of mismatches) console.log(`      ${mismatch}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
