// A turn's text prepared once for every pattern: lowercase, accents off, clause punctuation as commas, misspelt day words mended.
import { TypoCorrector, typos } from './typos.js';

export interface TurnText {
  /** Lowercase, no accents (ñ kept), clause punctuation as " , ", single spaces. */
  norm: string;
  /** The messages as received, joined by newlines (names are given back as typed). */
  source: string;
}

/** 👍 👌 ✅ 🆗 answer a question as a word would; 🙏 thanks. */
const THUMBS_UP = /[\u{1F44D}\u{1F44C}\u{2705}\u{1F197}]/gu;
const FOLDED_HANDS = /\u{1F64F}/gu;
/** "siiii", "holaaa", "vaaale": no Spanish word repeats a letter three times. */
const STRETCHED = new RegExp(String.raw`(\p{L})\1{2,}`, 'gu');

/** WhatsApp shorthands: "q" que, "x" por, "xfa"… ("xfa" and "porfa" stay: patterns know them). */
const SHORTHANDS: Record<string, string> = {
  q: 'que',
  k: 'que',
  x: 'por',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  tb: 'tambien',
  tmb: 'tambien',
  d: 'de',
  pa: 'para',
  xa: 'para',
  porfavor: 'por favor',
  kiero: 'quiero',
  qiero: 'quiero',
  keria: 'queria',
  qeria: 'queria',
  ke: 'que',
  wapa: 'guapa',
  bn: 'bien',
  mñn: 'mañana',
  mñna: 'mañana',
  hla: 'hola',
  sita: 'cita',
  zita: 'cita',
  sitas: 'citas',
};
const SHORTHAND = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(SHORTHANDS).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Words of days and months, mended when misspelt ("el sabdo", "vierne", "mañna"). */
const DAY_WORDS = new TypoCorrector(
  [
    'lunes',
    'martes',
    'miercoles',
    'jueves',
    'viernes',
    'sabado',
    'sabados',
    'domingo',
    'domingos',
    'mañana',
    'mañanas',
    'manana',
    'mananas',
    'semana',
    'semanas',
    'febrero',
    'agosto',
    'septiembre',
    'setiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  // Real words a typo away from one of them.
  [
    'vienes',
    'salado',
    'sabido',
    'domino',
    'dominio',
    'dominga',
    'manzana',
    'manada',
    'semanal',
    'mares',
    'marte',
    'mates',
    'jueces',
    'angosto',
    'sabana',
    'octubres',
    'marques',
    'martel',
    'salvado',
    'sobado',
    'cebado',
    'maraña',
    'marrana',
    'magaña',
    'macana',
    'manaza',
    'serrana',
  ],
);
const LONG_WORD = new RegExp(String.raw`\p{L}{5,}`, 'gu');
/** "pasao mañana": the day after tomorrow, misspelt. */
const BEFORE_TOMORROW = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{L}{5,7})(?= ma[nñ]ana(?![\p{L}\p{N}]))`,
  'gu',
);

function mendDayWord(word: string): string {
  return DAY_WORDS.correct(word) ?? word;
}

function mendPasado(word: string): string {
  return word !== 'pasado' && typos(word, 'pasado') !== null ? 'pasado' : word;
}

/** In order; each a whole-string pass, cheaper than walking characters. */
const steps: [RegExp, string | ((word: string) => string)][] = [
  [/n\u0303/g, 'ñ'],
  [new RegExp(String.raw`\p{M}`, 'gu'), ''],
  [THUMBS_UP, ' ok '],
  [FOLDED_HANDS, ' gracias '],
  // 17:30, 17.30 and 3/12 stay whole; other stops end a clause.
  [/(?<=\d)[.:](?=\d)/g, ':'],
  [/(?<!\d)\/|\/(?!\d)/g, ' '],
  [/[,.;!?¿¡\n…]|(?<!\d):|:(?!\d)/g, ' , '],
  [new RegExp(String.raw`[^\p{L}\p{N}:/, ]+`, 'gu'), ' '],
  [STRETCHED, '$1'],
  [SHORTHAND, (word) => SHORTHANDS[word] ?? word],
  [LONG_WORD, mendDayWord],
  [BEFORE_TOMORROW, mendPasado],
  [/ +/g, ' '],
  [/(?: ?, ?)+/g, ' , '],
  [/^[ ,]+|[ ,]+$/g, ''],
];

/** Prepares the messages of one turn; each message ends a clause. */
export function prepareTurn(texts: readonly string[]): TurnText {
  const source = texts.join('\n');
  let norm = source.toLowerCase().normalize('NFD');
  for (const [pattern, replacement] of steps) {
    norm =
      typeof replacement === 'string'
        ? norm.replace(pattern, replacement)
        : norm.replace(pattern, replacement);
  }
  return { norm, source };
}

/** Each word of the turn as typed (lowercase, accents kept), by its form in `norm`. */
export function typedWords(text: TurnText): Map<string, string> {
  const typed = new Map<string, string>();
  for (const word of text.source
    .normalize('NFC')
    .toLowerCase()
    .split(new RegExp(String.raw`[^\p{L}]+`, 'u'))) {
    const key = word
      .normalize('NFD')
      .replace(/n\u0303/g, 'ñ')
      .replace(new RegExp(String.raw`\p{M}`, 'gu'), '')
      .replace(STRETCHED, '$1');
    if (key !== '' && !typed.has(key)) typed.set(key, word);
  }
  return typed;
}

/**
 * A regex matching one of the alternatives as whole words (alternatives may hold regex syntax).
 * Patterns with \p{…} are built with `new RegExp` throughout: the tests' compiler (swc, es2017)
 * rewrites such literals into huge character classes that are many times slower.
 */
export function words(alternatives: string, flags: 'u' | 'gu' = 'u'): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`,
    flags,
  );
}

/** The text with [start, end) blanked out, so that later patterns do not see it again. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** Every match of a global regex. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(pattern)];
}
