// Which of a turn's mentions count: not turned down ("el viernes no"), after a correction's cue, the new day of a move.
import type { Intent } from '../understanding.js';
import type { DayMention, DayRange } from './days.js';

export interface Span {
  index: number;
  end: number;
}

/** "no el viernes", "en vez del viernes", "el viernes no": a day or time turned down. */
const REJECTED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:en vez|en lugar|no|no puedo(?: ir)?|que no sea|menos|excepto|salvo)(?: d?el| de la| de| la| las| a las| a la| para el| a)? $`,
  'u',
);
/** "el viernes no, el sábado": turned down for what follows. */
const SWAPPED_AFTER = new RegExp(String.raw`^ no(?: ,|$)`, 'u');
const REJECTED_AFTER = new RegExp(String.raw`^ no(?![\p{L}\p{N}])`, 'u');

function rejected(norm: string, span: Span): boolean {
  return (
    REJECTED_BEFORE.test(
      norm.slice(Math.max(0, span.index - 20), span.index),
    ) || REJECTED_AFTER.test(norm.slice(span.end))
  );
}

/** The mentions that count: not turned down, and after a correction's cue word when there are some. */
export function kept<T extends Span>(
  norm: string,
  mentions: readonly T[],
  cueEnd: number,
): T[] {
  const accepted = mentions.filter((m) => !rejected(norm, m));
  const afterCue = cueEnd >= 0 ? accepted.filter((m) => m.index >= cueEnd) : [];
  return afterCue.length > 0 ? afterCue : accepted;
}

/** True when a day or time is turned down tersely for another ("a las 5 no, a las 6"). */
export function swapped(norm: string, mentions: readonly Span[]): boolean {
  return mentions.some((m) => SWAPPED_AFTER.test(norm.slice(m.end)));
}

/** "cambiar la cita del viernes al sábado": the new day follows "al", "a", "para". */
const TARGET_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:al|a|para|para el|hasta el|por el) $`,
  'u',
);

/** When moving an appointment, the days it moves to; otherwise all of them. */
export function newDays(
  norm: string,
  mentions: DayMention[],
  found: ReadonlySet<Intent>,
): DayMention[] {
  if (!found.has('reschedule') || mentions.length < 2) return mentions;
  const targets = mentions.filter(
    (m) =>
      norm.startsWith('al ', m.index) ||
      TARGET_BEFORE.test(norm.slice(Math.max(0, m.index - 10), m.index)),
  );
  return targets.length > 0 ? targets : mentions;
}

/** Narrow ranges win over wide ones ("la semana que viene, el martes"); the rest are spanned. */
export function dayOf(mentions: readonly DayMention[]): DayRange | null {
  const ranges = mentions.map((m) => m.range);
  const narrowest = ranges.filter(
    (range) =>
      !ranges.some(
        (other) =>
          other !== range &&
          range.from <= other.from &&
          other.to <= range.to &&
          (range.from !== other.from || range.to !== other.to),
      ),
  );
  if (narrowest.length === 0) return null;
  return {
    from: narrowest.map((r) => r.from).sort()[0],
    to: narrowest.map((r) => r.to).sort()[narrowest.length - 1],
  };
}
