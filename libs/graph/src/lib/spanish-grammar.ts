// Just enough Spanish grammar to put a service name in a sentence: its article, number and list joins.
import { normalise } from '@atrevete/booking';

export interface NounForm {
  article: 'el' | 'la' | 'los' | 'las';
  plural: boolean;
}

/** Feminine words whose ending says otherwise, and masculine ones ending in -a. */
const feminine = new Set(['permanente', 'piel', 'cera', 'mano', 'foto']);
const masculine = new Set([
  'dia',
  'mapa',
  'tema',
  'sistema',
  'programa',
  'problema',
  'pijama',
]);

/**
 * The article of a service name, guessed from its first word by its ending: "Mechas" → las,
 * "Manicura" → la, "Depilación de cejas" → la, "Tinte raíz" → el. Salon names are regular enough.
 */
export function nounForm(name: string): NounForm {
  const head = normalise(name).split(' ')[0] ?? '';
  const singular = head.replace(/(?<=[aeiou])s$|(?<=[^aeiou])es$/, '');
  const plural =
    head.length > 3 && singular !== head && !/(?:is|us)$/.test(head);
  const base = plural ? singular : head;
  const isFeminine =
    feminine.has(base) ||
    (!masculine.has(base) && /(?:a|ion|dad|tad|tud|umbre)$/.test(base));
  if (plural) return { article: isFeminine ? 'las' : 'los', plural };
  return { article: isFeminine ? 'la' : 'el', plural };
}

/** A name inside a sentence, with its article: "el tinte raíz" (acronyms keep their capitals). */
export function withArticle(name: string): string {
  const inSentence = /^\p{Lu}\p{Ll}/u.test(name)
    ? name[0].toLowerCase() + name.slice(1)
    : name;
  return `${nounForm(name).article} ${inSentence}`;
}

/** Capitalises the first letter of a sentence. */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** ["a", "b", "c"] → "a, b y c". */
export function joinWithY(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}
