// The rules understander against the labelled development corpus: at least 95% of turns fully right.
import { demoServices, demoStylists } from '@atrevete/salon/testing';
import { devSet } from '../corpus/dev-set.js';
import { corpusContext, measureAccuracy } from '../corpus/score.js';
import { intents } from '../understanding.js';
import { RulesUnderstander } from './rules-understander.js';

const catalogue = { services: demoServices(), stylists: demoStylists() };

describe('the rules understander on the development corpus', () => {
  it('has at least 170 turns covering every intent', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(170);
    const covered = new Set(devSet.map((u) => u.intent));
    expect(intents.filter((intent) => !covered.has(intent))).toEqual([]);
  });

  it('understands at least 95% of the turns (intent and every labelled entity)', async () => {
    const result = await measureAccuracy(
      new RulesUnderstander(),
      devSet,
      catalogue,
    );
    const report = result.failures
      .map(
        ({ utterance, mismatches }) =>
          `${JSON.stringify(utterance.texts)}\n    ${mismatches.join('\n    ')}`,
      )
      .join('\n');
    if (result.accuracy < 0.95) {
      throw new Error(
        `accuracy ${(100 * result.accuracy).toFixed(1)}% < 95% (${result.correct}/${result.total}); failures:\n${report}`,
      );
    }
    expect(result.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('understands a turn in well under half a millisecond of CPU', async () => {
    const understander = new RulesUnderstander();
    const run = async () => {
      for (const u of devSet)
        await understander.understand(
          [...u.texts],
          corpusContext(u, catalogue),
        );
    };
    await run();
    const passes = 5;
    // CPU time, not wall time: other processes on a busy machine must not fail the test.
    const before = process.cpuUsage();
    for (let pass = 0; pass < passes; pass++) await run();
    const used = process.cpuUsage(before);
    const millisecondsPerTurn =
      (used.user + used.system) / 1000 / (passes * devSet.length);
    expect(millisecondsPerTurn).toBeLessThan(0.5);
  });
});
