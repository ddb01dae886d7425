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
  `(?<![\\p{L}\\p{N}])(?:(?:d?el|al)(?: dia)?|dia) (\\d{1,2})(?![\\p{L}\\p{N}:/]| (?:de|del) (?:${MONTHS}))`,
  'gu',
);
/** Only then is chrono-node asked: it costs ~50 µs a call. */
const CHRONO_HINT = new RegExp(
  `${words(`${WEEKDAYS}|hoy|ma[nñ]ana|${MONTHS}|dentro de|vie|sab|mie|jue|dic|nov|ene`).source}|\\d/\\d`,
  'u',
);
const THIS_PREFIX = /^(?:este|esta) /;
const NUMBER_AFTER_WEEKDAY = new RegExp(
  `^ (?:dia )?(\\d{1,2})(?![\\d:/]| (?:de|del) (?:${MONTHS}))`,
);
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
  skipBareNumbers: boolean,
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
  if (!skipBareNumbers) {
    take(/\d/, DAY_OF_MONTH, (m) => {
      const date = nextDayOfMonth(today, Number(m[1]));
      return date ? [date, date] : null;
    });
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
  // "el sábado 5": the number says which Saturday.
  const numbered = NUMBER_AFTER_WEEKDAY.exec(after);
  const date = numbered ? nextDayOfMonth(today, Number(numbered[1])) : null;
  if (numbered && date !== null) return { date, extra: numbered[0].length };
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
 * before today are dropped: nobody books yesterday. `skipBareNumbers`: "el 2" answers a
 * numbered list, not a day of the month.
 */
export function findDays(
  norm: string,
  today: CalendarDay,
  skipBareNumbers: boolean,
): DayMention[] {
  const { found, rest } = ownForms(norm, today, skipBareNumbers);
  const todayIso = isoDate(today);
  return [...found, ...chronoForms(rest, today)]
    .filter((mention) => mention.range.to >= todayIso)
    .sort((a, b) => a.index - b.index);
}
