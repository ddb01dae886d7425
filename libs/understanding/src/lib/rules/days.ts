// Days in everyday Spanish → salon-local date ranges: chrono-node's Spanish parser, plus the forms it lacks.
import * as chrono from 'chrono-node';
import {
  addDays,
  calendarDay,
  daysInMonth,
  isoDate,
  parts,
  weekdayOf,
  type CalendarDay,
} from './calendar.js';
import { allMatches, blank, words } from './turn-text.js';

export interface DayRange {
  from: string;
  to: string;
}

export interface DayMention {
  range: DayRange;
  index: number;
  end: number;
}

const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const WEEKDAYS = 'lunes|martes|miercoles|jueves|viernes|sabado|domingo';
/** "lun", "mar"…: the first three letters tell the weekdays apart. */
const WEEKDAY_PREFIXES = WEEKDAYS.split('|').map((day) => day.slice(0, 3));

/** "mañana" as a part of the day, not as tomorrow ("por la mañana", "esta mañana"). */
const MORNING_WORD = words(
  '(?:(?:por|en|a|de|durante|toda|esta) las?|las) ma[nñ]anas?|ma[nñ]anas',
  'gu',
);
/** "pasado mañana", and "mañana no, pasado". */
const DAY_AFTER_TOMORROW = words(
  'pasado ma[nñ]ana|(?<=ma[nñ]ana [^.]{0,16})pasado',
  'gu',
);
const TODAY_PART = words('esta (?:ma[nñ]ana|tarde|noche)', 'gu');
const NEXT_WEEK = words(
  // "esta semana no puedo, la que viene"
  '(?:la )?(?:semana que viene|proxima semana|semana proxima|siguiente semana)|(?<=semana [^,]{0,30}, )la que viene',
  'gu',
);
const THIS_WEEK = words('esta semana', 'gu');
const WEEKEND = words(
  '(?:el |este |para el )?(?:finde|fin de semana|fin de)(?: que viene| proximo)?',
  'gu',
);
const NEXT_MONTH = words(
  '(?:el )?(?:mes que viene|proximo mes|mes proximo|siguiente mes)',
  'gu',
);
/** "el 27", "el día 3": chrono-node leaves a bare day of the month alone. */
const DAY_OF_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:d?el|al)(?: dia)?|dia) (\\d{1,2})(?![\\p{L}\\p{N}:/]| (?:de|del) (?:${MONTHS}))`,
  'gu',
);
/** A clause that is only a number ("27"): a day when it cannot be an option of the list. */
const BARE_NUMBER = /(?:^|(?<=, ))(\d{1,2})(?= ,|$)/g;
/**
 * "el sábado 12", "martes 15", "el viernes día 4": the number is the day of the month. chrono-node
 * reads 12 to 23 after a weekday as an hour, so these are ours; a time was taken out before.
 */
const WEEKDAY_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(${WEEKDAYS}|(?<=el )(?:lun|mar|mie|jue|vie|sab|dom)) (?:(?:el )?dia )?(0?[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}:/]| (?:de|del) (?:${MONTHS})| ?(?:h|hs|horas?)(?![\\p{L}\\p{N}]))`,
  'gu',
);
/** Only then is chrono-node asked: it costs ~50 µs a call. */
const CHRONO_HINT = new RegExp(
  `${words(`${WEEKDAYS}|hoy|ma[nñ]ana|${MONTHS}|dentro de|vie|sab|mie|jue|dic|nov|ene`).source}|\\d/\\d`,
  'u',
);
const THIS_PREFIX = /^(?:este|esta) /;
const AFTER_WEEKDAY = new RegExp(
  String.raw`^ (?:(?:de )?(?:la )?(semana que viene|proxima semana|semana proxima|siguiente semana)|que viene|proximo)(?![\p{L}\p{N}])`,
  'u',
);
const WEEKDAY_BEFORE = new RegExp(`(?:${WEEKDAYS}) (?:de )?$`, 'u');
const ABBREVIATED_WEEKDAY = new RegExp(
  String.raw`^(?:(?:este|esta|proximo) )?\p{L}{3}$`,
  'u',
);

function mention(
  from: CalendarDay,
  to: CalendarDay,
  index: number,
  end: number,
): DayMention {
  return { range: { from: isoDate(from), to: isoDate(to) }, index, end };
}

/** The first day of the month numbered `day` on or after today ("el 3" on 26 Nov is 3 Dec). */
function nextDayOfMonth(today: CalendarDay, day: number): CalendarDay | null {
  const { year, month } = parts(today);
  for (let ahead = 0; ahead < 3; ahead++) {
    const y = year + Math.floor((month - 1 + ahead) / 12);
    const m = ((month - 1 + ahead) % 12) + 1;
    if (day < 1 || day > daysInMonth(y, m)) continue;
    const date = calendarDay(y, m, day);
    if (date >= today) return date;
  }
  return null;
}

/**
 * "el sábado 12": the next 12th that is a Saturday within three months, else the next 12th (the
 * number decides: the bot says the date in words before booking).
 */
function numberedWeekday(
  today: CalendarDay,
  weekday: number,
  day: number,
): CalendarDay | null {
  const { year, month } = parts(today);
  for (let ahead = 0; ahead < 3; ahead++) {
    const y = year + Math.floor((month - 1 + ahead) / 12);
    const m = ((month - 1 + ahead) % 12) + 1;
    if (day < 1 || day > daysInMonth(y, m)) continue;
    const date = calendarDay(y, m, day);
    if (date >= today && weekdayOf(date) === weekday) return date;
  }
  return nextDayOfMonth(today, day);
}

/** The first and last day of the month `ahead` months after today's. */
function monthOf(
  today: CalendarDay,
  ahead: number,
): [CalendarDay, CalendarDay] {
  const { year, month } = parts(today);
  const y = year + Math.floor((month - 1 + ahead) / 12);
  const m = ((month - 1 + ahead) % 12) + 1;
  return [calendarDay(y, m, 1), calendarDay(y, m, daysInMonth(y, m))];
}

/** Days found by this module's own patterns; each span is blanked before chrono-node reads the text. */
function ownForms(
  text: string,
  today: CalendarDay,
  optionLimit: number | null,
): { found: DayMention[]; rest: string } {
  const found: DayMention[] = [];
  let rest = text;
  // `hint`: a cheap substring test that skips a pattern most turns cannot match.
  const take = (
    hint: string | RegExp,
    pattern: RegExp,
    range: (m: RegExpExecArray) => [CalendarDay, CalendarDay] | null,
  ) => {
    if (typeof hint === 'string' ? !rest.includes(hint) : !hint.test(rest))
      return;
    for (const m of allMatches(pattern, rest)) {
      const end = m.index + m[0].length;
      const days = range(m);
      if (days) found.push(mention(days[0], days[1], m.index, end));
      rest = blank(rest, m.index, end);
    }
  };
  const weekday = weekdayOf(today);
  const sunday = addDays(today, 7 - weekday);
  const nextMonday = addDays(sunday, 1);
  // On a Saturday or Sunday, "el finde" is the one under way.
  const saturday = weekday === 7 ? today : addDays(today, 6 - weekday);
  // A weekday of next week ("el viernes de la semana que viene") is chrono's; the week alone is ours.
  const weeks = /semana|que viene/.test(rest)
    ? allMatches(NEXT_WEEK, rest)
    : [];
  for (const m of weeks) {
    const before = rest.slice(Math.max(0, m.index - 16), m.index);
    if (WEEKDAY_BEFORE.test(before)) continue;
    found.push(
      mention(
        nextMonday,
        addDays(nextMonday, 6),
        m.index,
        m.index + m[0].length,
      ),
    );
    rest = blank(rest, m.index, m.index + m[0].length);
  }
  take('pasado', DAY_AFTER_TOMORROW, () => [
    addDays(today, 2),
    addDays(today, 2),
  ]);
  take('esta ', TODAY_PART, () => [today, today]);
  take(/ma[nñ]ana/, MORNING_WORD, () => null);
  take('esta semana', THIS_WEEK, () => [today, sunday]);
  take('fin', WEEKEND, () => [saturday, sunday]);
  take('mes', NEXT_MONTH, () => monthOf(today, 1));
  if (!/\d/.test(rest)) return { found, rest };
  take(/(?:[a-z]{3}) (?:el )?(?:dia )?\d/, WEEKDAY_NUMBER, (m) => {
    const date = numberedWeekday(
      today,
      WEEKDAY_PREFIXES.indexOf(m[1].slice(0, 3)) + 1,
      Number(m[2]),
    );
    return date ? [date, date] : null;
  });
  // While a numbered list is open, "el 2" is its option; "el 27", "el día 2" are days.
  const numbered = [
    ...allMatches(DAY_OF_MONTH, rest).map((m): [RegExpExecArray, string] => [
      m,
      m[2],
    ]),
    ...(optionLimit === null ? [] : allMatches(BARE_NUMBER, rest)).map(
      (m): [RegExpExecArray, string] => [m, m[1]],
    ),
  ];
  for (const [m, number] of numbered) {
    const option =
      optionLimit !== null &&
      !m[0].includes('dia') &&
      Number(number) <= optionLimit;
    if (option) continue;
    const date = nextDayOfMonth(today, Number(number));
    const end = m.index + m[0].length;
    if (date) found.push(mention(date, date, m.index, end));
    rest = blank(rest, m.index, end);
  }
  return { found, rest };
}

/** A weekday named on its own is the next one after today; "este" allows today; "de la semana que viene" is next week's. */
function weekdayDate(
  today: CalendarDay,
  weekday: number,
  resultText: string,
  after: string,
): { date: CalendarDay; extra: number } {
  const todayWeekday = weekdayOf(today);
  const week = AFTER_WEEKDAY.exec(after);
  if (week?.[1]) {
    const nextMonday = addDays(today, 8 - todayWeekday);
    return { date: addDays(nextMonday, weekday - 1), extra: week[0].length };
  }
  const ahead = (weekday - todayWeekday + 7) % 7;
  const days = ahead === 0 && !THIS_PREFIX.test(resultText) ? 7 : ahead;
  return { date: addDays(today, days), extra: week?.[0].length ?? 0 };
}

function chronoForms(text: string, today: CalendarDay): DayMention[] {
  if (!CHRONO_HINT.test(text)) return [];
  // chrono-node reads calendar fields in the process's zone: hand it the salon's date at noon there.
  const { year, month, day } = parts(today);
  const reference = new Date(year, month - 1, day, 12);
  const found: DayMention[] = [];
  for (const result of chrono.es.parse(text, reference, {
    forwardDate: true,
  })) {
    const { start } = result;
    const end = result.index + result.text.length;
    if (start.isCertain('weekday') && !start.isCertain('day')) {
      // "mar" (the sea), "dom"…: three letters are a weekday only after "el".
      if (
        ABBREVIATED_WEEKDAY.test(result.text) &&
        !/el $/.test(text.slice(0, result.index))
      )
        continue;
      const { date, extra } = weekdayDate(
        today,
        start.get('weekday') || 7,
        result.text,
        text.slice(end),
      );
      found.push(mention(date, date, result.index, end + extra));
      continue;
    }
    const y = start.get('year') ?? year;
    const m = start.get('month') ?? 1;
    if (start.isCertain('day')) {
      const date = calendarDay(y, m, start.get('day') ?? 1);
      if (result.text !== 'ahora')
        found.push(mention(date, date, result.index, end));
    } else if (start.isCertain('month') && !start.isCertain('year')) {
      // "en diciembre": the whole month.
      const first = calendarDay(y, m, 1);
      const last = calendarDay(y, m, daysInMonth(y, m));
      found.push(mention(first, last, result.index, end));
    }
  }
  return found;
}

/**
 * Days named in a turn, in order, as local date ranges from `today` (the salon's date). Days
 * before today are dropped: nobody books yesterday. `optionLimit`: while a numbered list is
 * open, the highest number that answers it ("el 2" is option 2, "el 27" still the 27th).
 */
export function findDays(
  norm: string,
  today: CalendarDay,
  optionLimit: number | null,
): DayMention[] {
  const { found, rest } = ownForms(norm, today, optionLimit);
  const todayIso = isoDate(today);
  return [...found, ...chronoForms(rest, today)]
    .filter((mention) => mention.range.to >= todayIso)
    .sort((a, b) => a.index - b.index);
}
