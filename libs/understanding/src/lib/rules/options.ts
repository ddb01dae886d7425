// Choices from a numbered list: "la 2", "la segunda", "el primero", "la última", "la de las 11", "la del viernes".
import type { Expectation, TurnRecord } from '../understanding.js';
import type { DayMention } from './days.js';
import type { TimeMention } from './times.js';
import { words } from './turn-text.js';

export interface OptionChoice {
  /** 1-based, or null when the option is named by its time or day. */
  option: number | null;
  byTime: TimeMention | null;
  byDay: DayMention | null;
}

const ORDINALS: Record<string, number> = {
  primera: 1,
  primero: 1,
  primer: 1,
  '1a': 1,
  '1ª': 1,
  '1º': 1,
  segunda: 2,
  segundo: 2,
  '2a': 2,
  '2ª': 2,
  '2º': 2,
  tercera: 3,
  tercero: 3,
  tercer: 3,
  '3a': 3,
  '3ª': 3,
  '3º': 3,
  cuarta: 4,
  cuarto: 4,
  quinta: 5,
  quinto: 5,
};
const LAST = 'ultima|ultimo';
const ORDINAL_WORDS = `${Object.keys(ORDINALS).join('|')}|${LAST}`;
/** An ordinal needs an article or "opción" to be a choice: "primero quería saber…" is not one. */
const ORDINAL = words(
  `(?:(?:la|el|esa|ese|opcion|con la|con el) (?:opcion )?(${ORDINAL_WORDS})(?! (?:hora|vez|semana|quincena|cita que))|(${ORDINAL_WORDS}) opcion)`,
);
const ORDINAL_ALONE = new RegExp(
  `^(?:la |el )?(${ORDINAL_WORDS})(?: (?:opcion|porfa|por favor|gracias))?$`,
  'u',
);
/** Words before "la 2" that make it a time: "a la 2", "sobre la 1" (not "cancela la 2"). */
const TIME_BEFORE = String.raw`(?<!(?<![\p{L}\p{N}])(?:a|sobre|hacia|para|de|eso de) )`;
/** "la 2", "opción 2", "la número 2", "nº 2"; "a la 2" is a time, not a choice. */
const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${TIME_BEFORE}(?:la|la opcion|opcion|la numero|el numero|numero|num|n[º]?|la cita) ?(\d{1,2})(?:[aoª])?(?![\p{L}\p{N}:/]| (?:de|del|y|menos) )`,
  'u',
);
/** "la dos", "la opción tres"; "a la una" and "las dos" are times. */
const SPELLED_NUMBERS = ['uno', 'dos', 'tres', 'cuatro', 'cinco'];
const SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])${TIME_BEFORE}(?:la|la opcion|opcion|la numero|numero) (${SPELLED_NUMBERS.join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** When a list was just offered: "el 2", "2". */
const NUMBERED_EXPECTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:el|la|opcion|numero) (\d{1,2})(?![\p{L}\p{N}:/])|^(\d{1,2})$`,
  'u',
);
/** "la de las 11", "la que es a las 11". */
const BY_TIME_BEFORE: Record<string, RegExp> = {
  de: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:la|el|esa|ese|opcion) $`, 'u'),
  a: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:la|el|esa|ese) que (?:es|empieza|sale) $`,
    'u',
  ),
};
const BY_DAY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:la|el|esa|ese|opcion) del? $`,
  'u',
);
const NUMBERED_LINE = /^\s*(\d{1,2})[.)]/gm;

/** How many options the bot's last reply numbered, or null when it numbered none. */
export function listSize(recentTurns: readonly TurnRecord[]): number | null {
  const reply = recentTurns[recentTurns.length - 1]?.reply ?? '';
  const numbers = [...reply.matchAll(NUMBERED_LINE)].map((m) => Number(m[1]));
  return numbers.length > 0 ? Math.max(...numbers) : null;
}

/** The number of the last option of the bot's last list; 3 when unknown (it offers 3 slots). */
function lastOption(recentTurns: readonly TurnRecord[]): number {
  return listSize(recentTurns) ?? 3;
}

/**
 * While a numbered list is open, the highest bare number ("el 2", "2") that picks from it: the
 * list's size, at most 9; a higher one ("el 27") is a day of the month. Null when no list is.
 */
export function optionLimit(
  expecting: Expectation | null,
  recentTurns: readonly TurnRecord[],
): number | null {
  if (!expectsChoice(expecting)) return null;
  return Math.min(listSize(recentTurns) ?? 9, 9);
}

function ordinalValue(
  word: string,
  recentTurns: readonly TurnRecord[],
): number {
  return ORDINALS[word] ?? lastOption(recentTurns);
}

export function expectsChoice(expecting: Expectation | null): boolean {
  return expecting === 'option' || expecting === 'appointment_choice';
}

/** The option chosen in the turn, if any. */
export function findOption(
  norm: string,
  times: readonly TimeMention[],
  days: readonly DayMention[],
  expecting: Expectation | null,
  recentTurns: readonly TurnRecord[],
): OptionChoice | null {
  const limit = optionLimit(expecting, recentTurns);
  const byTime = times.find((time) =>
    BY_TIME_BEFORE[time.text.split(' ')[0]]?.test(
      norm.slice(Math.max(0, time.index - 16), time.index),
    ),
  );
  if (byTime) return { option: null, byTime, byDay: null };
  // "la del 27": the day's own span starts at "del".
  const byDay = days.find((day) =>
    BY_DAY_BEFORE.test(
      norm.slice(Math.max(0, day.index - 10), day.index) +
        (norm.startsWith('del ', day.index) ? 'del ' : ''),
    ),
  );
  if (byDay) return { option: null, byTime: null, byDay };
  const clauses = norm.split(' , ');
  for (const clause of clauses) {
    const alone = ORDINAL_ALONE.exec(clause);
    if (alone) return choice(ordinalValue(alone[1], recentTurns));
  }
  const ordinal = ORDINAL.exec(norm);
  if (ordinal)
    return choice(ordinalValue(ordinal[1] ?? ordinal[2], recentTurns));
  const numbered = NUMBERED.exec(norm);
  if (numbered) return choice(Number(numbered[1]));
  const spelled = SPELLED.exec(norm);
  if (spelled) return choice(SPELLED_NUMBERS.indexOf(spelled[1]) + 1);
  if (limit !== null) {
    for (const clause of clauses) {
      const expected = NUMBERED_EXPECTED.exec(clause);
      const number = Number(expected?.[1] ?? expected?.[2]);
      if (expected && number <= limit) return choice(number);
    }
  }
  return null;
}

function choice(option: number): OptionChoice | null {
  return option >= 1 ? { option, byTime: null, byDay: null } : null;
}
