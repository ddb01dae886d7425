// The salon's own questions (lateness, payment, parking…), found by the words customers use for them.
import type { SalonAnswerTopic } from '../understanding.js';
import { prepareTurn } from './turn-text.js';
import { TypoCorrector } from './typos.js';

/** Words a phrasing's next word may be apart from the previous one ("llego 10 min tarde"). */
const MAX_GAP = 3;

interface PreparedTopic {
  id: number;
  /** Each phrasing as prepared words. */
  phrasings: string[][];
}

interface PreparedAnswers {
  topics: PreparedTopic[];
  /** Mends a typed word into a phrasing's word ("bizun" → "bizum"), each typed word once. */
  typos: TypoCorrector;
}

// The salon's answers change rarely: each list (a new array after every reload) is prepared once.
const preparedLists = new WeakMap<
  readonly SalonAnswerTopic[],
  PreparedAnswers
>();

function prepare(answers: readonly SalonAnswerTopic[]): PreparedAnswers {
  let prepared = preparedLists.get(answers);
  if (!prepared) {
    const topics = answers.map((answer) => ({
      id: answer.id,
      phrasings: answer.phrasings
        .map((phrasing) => wordsOf(prepareTurn([phrasing]).norm))
        .filter((words) => words.length > 0),
    }));
    const vocabulary = topics.flatMap((t) => t.phrasings.flat());
    prepared = { topics, typos: new TypoCorrector(vocabulary) };
    preparedLists.set(answers, prepared);
  }
  return prepared;
}

const wordsOf = (norm: string) =>
  norm.split(' ').filter((word) => word !== ',' && word !== '');

/** The phrasing's words appear in order, each at most MAX_GAP words after the previous one. */
function appears(
  words: readonly string[],
  phrasing: readonly string[],
): boolean {
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== phrasing[0]) continue;
    let at = start;
    let matched = 1;
    for (; matched < phrasing.length; matched++) {
      const next = words
        .slice(at + 1, at + 1 + MAX_GAP)
        .findIndex((word) => word === phrasing[matched]);
      if (next < 0) break;
      at += next + 1;
    }
    if (matched === phrasing.length) return true;
  }
  return false;
}

/**
 * The salon's answers the turn asks about, best match first: an answer matches when one of its
 * phrasings appears in the turn; a longer phrasing matched ranks higher ("tarjeta regalo" over
 * "tarjeta").
 */
export function findSalonAnswers(
  norm: string,
  answers: readonly SalonAnswerTopic[] | undefined,
): number[] {
  if (!answers || answers.length === 0) return [];
  const { topics, typos } = prepare(answers);
  // Typed words mended once ("bizun", "aparcamento"); then phrasings compare exact words.
  const words = wordsOf(norm).map((word) => typos.correct(word) ?? word);
  const found: { id: number; length: number }[] = [];
  for (const topic of topics) {
    const length = Math.max(
      0,
      ...topic.phrasings
        .filter((phrasing) => appears(words, phrasing))
        .map((phrasing) => phrasing.join(' ').length),
    );
    if (length > 0) found.push({ id: topic.id, length });
  }
  found.sort((a, b) => b.length - a.length);
  // "tarjeta regalo" also contains "tarjeta" (payment): a match inside a longer one is dropped.
  return found
    .filter((f, i) => i === 0 || !coveredBy(f, found[0], topics, words))
    .map((f) => f.id);
}

/** True when every phrasing of `topic` that matched lies inside a matched phrasing of `best`. */
function coveredBy(
  topic: { id: number },
  best: { id: number },
  topics: readonly PreparedTopic[],
  words: readonly string[],
): boolean {
  const mine = topics.find((t) => t.id === topic.id)?.phrasings ?? [];
  const theirs = topics.find((t) => t.id === best.id)?.phrasings ?? [];
  const matchedTheirs = theirs.filter((p) => appears(words, p));
  return mine
    .filter((p) => appears(words, p))
    .every((p) => matchedTheirs.some((q) => appears(q, p)));
}
