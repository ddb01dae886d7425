// Times of day and parts of the day in salon Spanish: "a las 5" is 17:00, "sobre las 11" is approximate.
import { allMatches, words } from './turn-text.js';

export interface TimeMention {
  minute: number;
  approximate: boolean;
  index: number;
  end: number;
  /** The words it began with ("de las 11" in "la de las 11"). */
  text: string;
}

export interface PartOfDayMention {
  partOfDay: 'morning' | 'afternoon';
  index: number;
  end: number;
}

const HOUR_WORDS: Record<string, number> = {
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
};
const MINUTE_WORDS: Record<string, number> = {
  cinco: 5,
  diez: 10,
  cuarto: 15,
  veinte: 20,
  veinticinco: 25,
  media: 30,
};
const HOUR = `(\\d{1,2}|${Object.keys(HOUR_WORDS).join('|')})`;
const MINUTES = `(?::(\\d{2})|h(\\d{2})|\\s(y|menos)\\s(\\d{1,2}|${Object.keys(MINUTE_WORDS).join('|')}))?`;
const QUALIFIER = `(?:\\s?(?:h|hs|horas?)(?![\\p{L}\\p{N}]))?(?:\\sde la (ma[nñ]ana|madrugada|tarde|noche)|\\s?(am|pm)|\\sen punto)?`;
const ROUGHLY_AFTER = `(?:\\s(o asi|mas o menos|aprox\\p{L}*|o por ahi|y pico|o (?:las )?\\d{1,2}))?`;
/** Words that make a time approximate; "a partir de las 5" is read as "around 17:00". */
const ROUGHLY_BEFORE =
  'sobre|hacia|a eso de|eso de|alrededor de|en torno a|entorno a|mas o menos a|mas o menos sobre|aproximadamente a|aprox a|tipo|a partir de|desde|despues de|antes de|entre';

/** "a las 5 y media", "sobre las once menos cuarto", "a la una". */
const WITH_ARTICLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${ROUGHLY_BEFORE})\\s)?(?:(a|para|de)\\s)?(las?)\\s${HOUR}${MINUTES}${QUALIFIER}${ROUGHLY_AFTER}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** "17:30", "17h", "5pm", "5 de la tarde". */
const BARE = new RegExp(
  `(?<![\\p{L}\\p{N}:/])(?:(${ROUGHLY_BEFORE})\\s)?(\\d{1,2})(?::(\\d{2})|h(\\d{2})?|\\s?(am|pm)|\\sde la (ma[nñ]ana|madrugada|tarde|noche))${ROUGHLY_AFTER}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Most turns name no time: this cheap test skips the long pattern. */
const ARTICLE_HINT = new RegExp(`las? ${HOUR}`);
const MIDDAY = words('(?:a |al |sobre el |hacia el )?mediodia', 'gu');

const MORNING = words(
  '(?:por|en|a|de|durante|toda) las? ma[nñ]anas?|esta ma[nñ]ana|ma[nñ]anita|(?:a )?primera hora(?! de la tarde)|(?<!mas )temprano|pronto por la ma[nñ]ana',
  'gu',
);
const AFTERNOON = words(
  '(?:por|en|a|de|durante|toda) las? (?:tardes?|noches?)|esta tarde|de tarde|tardecita|(?:a )?ultima hora(?! de la ma[nñ]ana)|(?<=(?:ma[nñ]ana|hoy|lunes|martes|miercoles|jueves|viernes|sabado) )tarde|(?<=^|, )(?:la |las )?tardes?(?= ,|$| mejor| porfa| por favor)',
  'gu',
);

const OPTION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:la|el|esa|ese|opcion) $`,
  'u',
);
const MORNING_HINT = /ma[nñ]an|primera|temprano/;
const AFTERNOON_HINT = /tard|noche|ultima/;

function hourOf(token: string): number {
  return HOUR_WORDS[token] ?? Number(token);
}

/**
 * Minutes from midnight. A bare 1–8 is afternoon in a salon ("a las 5" → 17:00) unless the
 * customer says morning; "de la tarde"/"pm" move any hour before 12 to the afternoon.
 */
function minuteOf(
  hourToken: string,
  minutes: number,
  qualifier: string | undefined,
  morningTurn: boolean,
): number | null {
  let hour = hourOf(hourToken);
  if (hour > 23 || minutes > 59) return null;
  const afternoon = qualifier !== undefined && /tarde|noche|pm/.test(qualifier);
  const morning = qualifier !== undefined && !afternoon;
  if (hour < 12 && afternoon) hour += 12;
  else if (hour >= 1 && hour <= 8 && !morning && !morningTurn) hour += 12;
  return (hour * 60 + minutes + 1440) % 1440;
}

function minutesOf(
  digits: string | undefined,
  sign: string | undefined,
  amount: string | undefined,
): number {
  if (digits !== undefined) return Number(digits);
  if (amount === undefined) return 0;
  const value = MINUTE_WORDS[amount] ?? Number(amount);
  return sign === 'menos' ? -value : value;
}

/** Times of the turn, in order. `morningTurn`: the turn asks for the morning, so "a las 8" is 08:00. */
export function findTimes(norm: string, morningTurn: boolean): TimeMention[] {
  const found: TimeMention[] = [];
  const withArticle = ARTICLE_HINT.test(norm)
    ? allMatches(WITH_ARTICLE, norm)
    : [];
  for (const m of withArticle) {
    const [, before, preposition, article, hour, hh, hmm, sign, amount] = m;
    const [qualifier, ampm, roughly] = [m[9], m[10], m[11]];
    // "la 2" is an option; only "a la una" is a time.
    if (article === 'la' && (!(before || preposition) || hourOf(hour) !== 1))
      continue;
    // "ninguna de las tres" counts; "la de las tres" names a slot.
    if (
      preposition === 'de' &&
      !before &&
      !OPTION_BEFORE.test(norm.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    const minute = minuteOf(
      hour,
      minutesOf(hh ?? hmm, sign, amount),
      qualifier ?? ampm,
      morningTurn,
    );
    if (minute === null) continue;
    found.push({
      minute,
      approximate: before !== undefined || roughly !== undefined,
      index: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  const bare = /\d/.test(norm) ? allMatches(BARE, norm) : [];
  for (const m of bare) {
    if (found.some((t) => m.index < t.end && t.index < m.index + m[0].length))
      continue;
    const minute = minuteOf(
      m[2],
      Number(m[3] ?? m[4] ?? 0),
      m[5] ?? m[6],
      morningTurn,
    );
    if (minute === null) continue;
    found.push({
      minute,
      approximate: m[1] !== undefined || m[7] !== undefined,
      index: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  const midday = norm.includes('mediodia') ? allMatches(MIDDAY, norm) : [];
  for (const m of midday) {
    // "a mediodía": noon, approximately (a salon's lunch hour varies).
    found.push({
      minute: 720,
      approximate: true,
      index: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words before a time that make it a limit the appointment must end by: "tengo que irme a las 5". */
const END_BY_CUE = new RegExp(
  String.raw`(?:tengo que (?:irme|salir|estar(?: en \p{L}+)?|recoger(?: a \p{L}+)?)|me tengo que ir|me voy|como (?:muy tarde|mucho|maximo)|antes de|hasta|que (?:acabe|termine|este acabad[oa]) (?:antes de )?)\s*(?:a |para )?(?:las? )?$`,
  'u',
);
/** Words before a time that make it the earliest start: "salgo de trabajar a las 5", "a partir de las 5". */
const NOT_BEFORE_CUE = new RegExp(
  String.raw`(?:a partir de|desde|despues de|no antes de|salgo(?: de trabajar| del trabajo| de clase)?|termino(?: de trabajar)?|acabo(?: de trabajar)?)\s*(?:a |de )?(?:las? )?$`,
  'u',
);

/** A time read as a limit rather than a wish. */
export interface TimeBound {
  kind: 'end_by' | 'not_before';
  minute: number;
  /** The mention it came from. */
  mention: TimeMention;
}

/**
 * "tengo que irme a las 5", "antes de las 5", "como muy tarde a las 7": the appointment must be
 * over by then; "a partir de las 5", "salgo de trabajar a las 6": it starts no earlier.
 */
export function timeBoundsOf(
  norm: string,
  times: readonly TimeMention[],
): TimeBound[] {
  const bounds: TimeBound[] = [];
  for (const mention of times) {
    // The cue may be inside the mention ("antes de las 5") or just before it.
    const before = norm.slice(Math.max(0, mention.index - 40), mention.index);
    const withCue = `${before}${mention.text}`.replace(
      /(?:\d{1,2}|\p{L}+)(?:[:h]\d{2})?(?: y (?:media|cuarto|\d{1,2}|\p{L}+))?(?: de la \p{L}+)?$/u,
      '',
    );
    const lead = withCue.trimEnd();
    if (END_BY_CUE.test(`${lead} `) || END_BY_CUE.test(lead))
      bounds.push({ kind: 'end_by', minute: mention.minute, mention });
    else if (NOT_BEFORE_CUE.test(`${lead} `) || NOT_BEFORE_CUE.test(lead))
      bounds.push({ kind: 'not_before', minute: mention.minute, mention });
  }
  return bounds;
}

/** "por la mañana" (before 14:00), "por la tarde" (from 14:00; "por la noche" asks for the latest). */
export function findPartsOfDay(norm: string): PartOfDayMention[] {
  const mornings = MORNING_HINT.test(norm) ? allMatches(MORNING, norm) : [];
  const afternoons = AFTERNOON_HINT.test(norm)
    ? allMatches(AFTERNOON, norm)
    : [];
  const found: PartOfDayMention[] = [
    ...mornings.map((m) => ({
      partOfDay: 'morning' as const,
      index: m.index,
      end: m.index + m[0].length,
    })),
    ...afternoons.map((m) => ({
      partOfDay: 'afternoon' as const,
      index: m.index,
      end: m.index + m[0].length,
    })),
  ];
  return found.sort((a, b) => a.index - b.index);
}
