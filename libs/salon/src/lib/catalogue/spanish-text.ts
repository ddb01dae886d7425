// Spanish text normalisation and fuzzy word comparison: the catalogue search and the conversation's understander share it.

/** Lowercase, strip accents (keeping ñ) and punctuation, collapse spaces: "¿Cuánto cuesta?" → "cuanto cuesta". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/n\u0303/g, 'ñ')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}ñ]+/gu, ' ')
    .trim();
}

/** Words that never name a service; they are skipped when matching names. */
const stopwords = new Set(
  'a al con de del e el en la las lo los me mi mis o para por que se su te tu un una unas uno unos y'.split(
    ' ',
  ),
);

export function isStopword(word: string): boolean {
  return stopwords.has(word);
}

/**
 * A light stem so that forms of one word compare equal: enclitic pronouns after an infinitive
 * go ("cortarme" → "cortar") and so does a plural "s" ("mechas" → "mecha").
 */
export function stem(word: string): string {
  const withoutClitic = word.replace(
    /^(\p{L}{3,}(?:ar|er|ir))(?:me|te|se|nos|lo|la|le)$/u,
    '$1',
  );
  return withoutClitic.length > 3 && withoutClitic.endsWith('s')
    ? withoutClitic.slice(0, -1)
    : withoutClitic;
}

/** Content words of a normalised text, stemmed. */
export function contentWords(normalised: string): string[] {
  return normalised
    .split(' ')
    .filter((word) => word !== '' && !isStopword(word))
    .map(stem);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[rows - 1][cols - 1];
}

/**
 * Typos allowed: none when either word is under 6 letters (short words look alike: "mucha" and
 * "mecha", "fácil" and "facial"), one up to 8 letters, two from 9. The first letter must match:
 * people rarely mistype it.
 */
export function isCloseWord(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (known.length < 6 || typed.length < 6 || typed[0] !== known[0])
    return false;
  const allowed = known.length >= 9 ? 2 : 1;
  return (
    Math.abs(typed.length - known.length) <= allowed &&
    editDistance(typed, known) <= allowed
  );
}
