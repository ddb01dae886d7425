// The stylists a turn asks for or turns down, and "me da igual" (any stylist will do).
import { normalise, type StylistInfo } from '@atrevete/salon';
import { words } from './turn-text.js';

export interface StylistMention {
  id: number;
  index: number;
  end: number;
  rejected: boolean;
  /** Turned down in a way that corrects an earlier choice ("con Ana no, con Marta"), not "cualquiera menos Ana". */
  correcting: boolean;
}

interface StylistPattern {
  id: number;
  pattern: RegExp;
}

/** Longest names first, so that "Ana María" is not read as "Ana". Built once per list of stylists. */
const compiled = new WeakMap<readonly StylistInfo[], StylistPattern[]>();

function patternsOf(stylists: readonly StylistInfo[]): StylistPattern[] {
  let patterns = compiled.get(stylists);
  if (!patterns) {
    patterns = stylists
      .map((stylist) => ({ stylist, name: normalise(stylist.name) }))
      .filter(({ name }) => name !== '')
      .sort((a, b) => b.name.length - a.name.length)
      .map(({ stylist, name }) => ({
        id: stylist.id,
        // "ana maria", "anamaria"
        pattern: words(name.split(' ').join(' ?'), 'gu'),
      }));
    compiled.set(stylists, patterns);
  }
  return patterns;
}

/** "con Ana no", "que no sea con Víctor", "menos Marta": the stylist is turned down. */
const REJECTED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:en vez de|en lugar de|no|que no sea|menos|excepto|salvo|sin|no quiero|no quiero ir|pero no)(?: con)? $`,
  'u',
);
const REJECTED_AFTER = new RegExp(
  String.raw`^ no(?![\p{L}\p{N}])(?! (?:se|tengo|me))`,
  'u',
);
const EXCEPT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:menos|excepto|salvo|sin|que no sea)(?: con)? $`,
  'u',
);

export function findStylists(
  norm: string,
  stylists: readonly StylistInfo[],
): StylistMention[] {
  const found: StylistMention[] = [];
  for (const { id, pattern } of patternsOf(stylists)) {
    for (const m of norm.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (found.some((other) => m.index < other.end && other.index < end))
        continue;
      const before = norm.slice(Math.max(0, m.index - 24), m.index);
      const rejected =
        REJECTED_BEFORE.test(before) || REJECTED_AFTER.test(norm.slice(end));
      found.push({
        id,
        index: m.index,
        end,
        rejected,
        correcting: rejected && !EXCEPT_BEFORE.test(before),
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const ANY_STYLIST = words(
  'me da igual|me es igual|da igual|me da lo mismo|me es indiferente|indiferente|cualquiera|quien sea|la que sea|el que sea|con quien sea|(?:la|el|quien) que (?:este|haya|tenga) (?:libre|hueco)|quien (?:este|haya|tenga|pueda)(?: libre)?|(?:la|el) que pueda|sin preferencia|no tengo preferencia|ningun[oa] en (?:especial|concreto|particular)|cualquier (?:peluquer[oa]|estilista|chica|chico|profesional|persona)|la primera (?:libre|disponible)|el primero (?:libre|disponible)',
  'gu',
);
/** "me da igual el día", "cualquiera a las 5": indifferent to something other than who. */
const NOT_ABOUT_WHO = new RegExp(
  String.raw`^ (?:el dia|la hora|la fecha|el horario|cuando|que dia|a que hora|dia|hora|el precio)(?![\p{L}\p{N}])`,
  'u',
);

export function findAnyStylist(norm: string): boolean {
  for (const m of norm.matchAll(ANY_STYLIST)) {
    if (!NOT_ABOUT_WHO.test(norm.slice(m.index + m[0].length))) return true;
  }
  return false;
}
