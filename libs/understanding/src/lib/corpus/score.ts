// Scores an understander against a labelled corpus: which labelled fields it got wrong, and its accuracy.
import { normalise, type ServiceInfo, type StylistInfo } from '@atrevete/salon';
import type {
  SalonAnswerTopic,
  Understander,
  Understanding,
  UnderstandingContext,
} from '../understanding.js';
import { demoAnswerTopics } from './demo-answers.js';
import {
  CORPUS_NOW,
  CORPUS_TIME_ZONE,
  type LabelledUtterance,
} from './labelled-utterance.js';

/** The salon a corpus is labelled against (the demo salon of shared/SALON.md). */
export interface CorpusCatalogue {
  services: ServiceInfo[];
  stylists: StylistInfo[];
  /** The salon's own questions (default: the demo salon's). */
  answers?: readonly SalonAnswerTopic[];
}

export interface Failure {
  utterance: LabelledUtterance;
  understanding: Understanding;
  mismatches: string[];
}

export interface Accuracy {
  total: number;
  correct: number;
  /** correct / total, 0..1. */
  accuracy: number;
  failures: Failure[];
  /** Mean wall time of one `understand` call, in microseconds. */
  meanMicroseconds: number;
}

/** A labelled name is a programming error in the corpus when the salon has no such service or stylist. */
export class UnknownLabelError extends Error {
  override name = 'UnknownLabelError';
}

function idsOf(
  names: readonly string[],
  known: readonly { id: number; name: string }[],
): number[] {
  return names.map((name) => {
    const found = known.find((item) => item.name === name);
    if (!found) throw new UnknownLabelError(`no "${name}" in the catalogue`);
    return found.id;
  });
}

function namesOf(
  ids: readonly number[],
  known: readonly { id: number; name: string }[],
): string[] {
  return ids.map(
    (id) => known.find((item) => item.id === id)?.name ?? `#${id}`,
  );
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return (
    a.length === b.length &&
    a.every((item) => b.includes(item)) &&
    b.every((item) => a.includes(item))
  );
}

function clock(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

const show = (value: unknown) => JSON.stringify(value);

/**
 * What the understanding got wrong against the labels: the intent, the further intents when
 * labelled, and each labelled entity field. Services and service choices keep their order;
 * stylists are a set; names compare without case or accents (what the customer meant, however
 * it was typed).
 */
export function scoreUtterance(
  u: LabelledUtterance,
  understanding: Understanding,
  catalogue: CorpusCatalogue,
): string[] {
  const mismatches: string[] = [];
  const expect = (
    field: string,
    ok: boolean,
    wanted: unknown,
    got: unknown,
  ) => {
    if (!ok)
      mismatches.push(`${field}: expected ${show(wanted)}, got ${show(got)}`);
  };
  const { entities } = understanding;
  expect(
    'intent',
    understanding.intent === u.intent,
    u.intent,
    understanding.intent,
  );
  if (u.otherIntents) {
    expect(
      'otherIntents',
      sameSet(u.otherIntents, understanding.otherIntents),
      u.otherIntents,
      understanding.otherIntents,
    );
  }
  const labels = u.entities ?? {};
  /** Labelled names against the ids understood: in order, or as a set. */
  const compareNames = (
    field: string,
    labelled: string[] | undefined,
    got: number[],
    known: { id: number; name: string }[],
    ordered: boolean,
  ) => {
    if (!labelled) return;
    const wanted = idsOf(labelled, known);
    const ok = ordered ? show(wanted) === show(got) : sameSet(wanted, got);
    expect(field, ok, labelled, namesOf(got, known));
  };
  /** A labelled value (null included) against the one understood. */
  const compareValue = <T>(field: string, labelled: T | undefined, got: T) => {
    if (labelled !== undefined) expect(field, labelled === got, labelled, got);
  };
  const { services, stylists } = catalogue;
  compareNames(
    'services',
    labels.services,
    entities.serviceIds,
    services,
    true,
  );
  compareNames(
    'serviceChoices',
    labels.serviceChoices,
    entities.serviceChoices,
    services,
    true,
  );
  compareNames(
    'stylists',
    labels.stylists,
    entities.stylistIds,
    stylists,
    false,
  );
  compareNames(
    'rejectedStylists',
    labels.rejectedStylists,
    entities.rejectedStylistIds,
    stylists,
    false,
  );
  compareValue('anyStylist', labels.anyStylist, entities.anyStylist);
  if (labels.day !== undefined) {
    expect(
      'day',
      show(labels.day) ===
        show(entities.day && { from: entities.day.from, to: entities.day.to }),
      labels.day,
      entities.day,
    );
  }
  compareValue('partOfDay', labels.partOfDay, entities.partOfDay);
  if (labels.time !== undefined) {
    const got = entities.time && {
      at: clock(entities.time.minute),
      approximate: entities.time.approximate,
    };
    expect('time', show(labels.time) === show(got), labels.time, got);
  }
  compareValue('option', labels.option, entities.option);
  if (labels.name !== undefined) {
    const same =
      labels.name === null || entities.name === null
        ? labels.name === entities.name
        : normalise(labels.name) === normalise(entities.name);
    expect('name', same, labels.name, entities.name);
  }
  compareValue(
    'nameForSomeoneElse',
    labels.nameForSomeoneElse,
    entities.nameForSomeoneElse,
  );
  return mismatches;
}

/** The context a corpus turn is understood in: the demo salon at CORPUS_NOW, nothing said before. */
// One list for every turn, as a salon's directory gives it: understanders prepare it once.
const DEMO_ANSWERS = demoAnswerTopics();

export function corpusContext(
  u: LabelledUtterance,
  catalogue: CorpusCatalogue,
): UnderstandingContext {
  return {
    services: catalogue.services,
    stylists: catalogue.stylists,
    answers: catalogue.answers ?? DEMO_ANSWERS,
    now: CORPUS_NOW,
    timeZone: CORPUS_TIME_ZONE,
    recentTurns: [],
    expecting: u.expecting ?? null,
  };
}

/** Runs every utterance; one is correct only when its intent and every labelled entity match. */
export async function measureAccuracy(
  understander: Understander,
  set: readonly LabelledUtterance[],
  catalogue: CorpusCatalogue,
): Promise<Accuracy> {
  const failures: Failure[] = [];
  let elapsed = 0;
  for (const utterance of set) {
    const ctx = corpusContext(utterance, catalogue);
    const started = performance.now();
    const understanding = await understander.understand(
      [...utterance.texts],
      ctx,
    );
    elapsed += performance.now() - started;
    const mismatches = scoreUtterance(utterance, understanding, catalogue);
    if (mismatches.length > 0)
      failures.push({ utterance, understanding, mismatches });
  }
  const total = set.length;
  return {
    total,
    correct: total - failures.length,
    accuracy: total === 0 ? 0 : (total - failures.length) / total,
    failures,
    meanMicroseconds: total === 0 ? 0 : (elapsed * 1000) / total,
  };
}
