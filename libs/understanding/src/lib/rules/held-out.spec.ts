// The held-out corpus, written blind from SALON.md: shares no sentence with the development corpus, and its accuracy is printed, not gated.
import { demoServices, demoStylists } from '@atrevete/salon/testing';
import { devSet } from '../corpus/dev-set.js';
import { heldOutSet } from '../corpus/held-out-set.js';
import { measureAccuracy } from '../corpus/score.js';
import { intents } from '../understanding.js';
import { RulesUnderstander } from './rules-understander.js';

/** How a sentence is compared across the corpora: case, accents, punctuation and spacing aside. */
const sentence = (texts: readonly string[]) =>
  texts
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the held-out corpus', () => {
  it('shares no sentence with the development corpus', () => {
    const dev = new Set(devSet.map((u) => sentence(u.texts)));
    const shared = heldOutSet
      .map((u) => sentence(u.texts))
      .filter((s) => dev.has(s));
    expect(shared).toEqual([]);
  });

  it('covers every intent', () => {
    const covered = new Set(heldOutSet.map((u) => u.intent));
    expect(intents.filter((intent) => !covered.has(intent))).toEqual([]);
  });

  it("prints the rules understander's accuracy on it (not gated: it measures, the dev set gates)", async () => {
    const result = await measureAccuracy(new RulesUnderstander(), heldOutSet, {
      services: demoServices(),
      stylists: demoStylists(),
    });
    console.log(
      `held-out (blind) accuracy: ${(100 * result.accuracy).toFixed(1)}% (${result.correct}/${result.total})\n` +
        result.failures
          .map(
            ({ utterance, mismatches }) =>
              `  ${JSON.stringify(utterance.texts)}: ${mismatches.join('; ')}`,
          )
          .join('\n'),
    );
    expect(result.total).toBe(heldOutSet.length);
  });
});
