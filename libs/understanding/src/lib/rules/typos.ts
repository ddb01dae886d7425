// Misspelt words read as meant: a sound-alike key ("mexas" is "mechas", "queratina" "keratina") and a typo allowance that grows with the word's length.

/**
 * How a Spanish word sounds, roughly, as WhatsApp spells it: "ch" and "x" alike ("mexas"), "qu",
 * "k" and a hard "c" alike, a soft "c" and "z" like "s", "v" like "b", "ñ" like "n", "ll" like
 * "y", no "h", and doubled letters once ("mechaas").
 */
export function soundKey(word: string): string {
  return word
    .replace(/ch|x/g, '1')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/c(?=[ei])|z/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/v/g, 'b')
    .replace(/ñ/g, 'n')
    .replace(/ll/g, 'y')
    .replace(/h/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Optimal string alignment distance (a swap of neighbours is one typo), or `limit + 1` once over `limit`. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Typos between a typed word and a known one, or null when more than allowed. The allowance is
 * relative to length: none under 5 letters; one when the longer word has 6 or more ("sabdo",
 * "manicur"); two when both have 9 or more. Sound-alikes ("mexas", "queratina") count as none.
 * The first sound must match: people rarely mistype it.
 */
export function typos(typed: string, known: string): number | null {
  if (typed.length < 5 || known.length < 5) return null;
  const longer = Math.abs(typed.length - known.length);
  const a = soundKey(typed);
  const b = soundKey(known);
  if (a === b) return longer <= 2 ? 0 : null;
  if (a[0] !== b[0] || longer > 2) return null;
  const allowed =
    Math.min(typed.length, known.length) >= 9
      ? 2
      : Math.max(typed.length, known.length) >= 6
        ? 1
        : 0;
  if (allowed < longer) return null;
  // As typed and as it sounds: "mañna" is one letter off "mañana", though its key has lost two.
  const distance = Math.min(
    typoDistance(typed, known, allowed),
    typoDistance(a, b, allowed),
  );
  return distance <= allowed ? distance : null;
}

/**
 * A corrector for a fixed list of known words: each typed word is looked up once (a turn's
 * words repeat across turns), and words listed as `real` are never corrected.
 */
export class TypoCorrector {
  private readonly known: Set<string>;
  private readonly byFirstSound = new Map<string, string[]>();
  private readonly real: ReadonlySet<string>;
  private readonly cache = new Map<string, string | null>();

  constructor(knownWords: Iterable<string>, realWords: Iterable<string> = []) {
    this.known = new Set(knownWords);
    this.real = new Set(realWords);
    for (const word of this.known) {
      const first = soundKey(word)[0] ?? '';
      const list = this.byFirstSound.get(first) ?? [];
      list.push(word);
      this.byFirstSound.set(first, list);
    }
  }

  /** The known word a typed one stands for, or null when it is known, real or like none. */
  correct(word: string): string | null {
    if (word.length < 5 || this.known.has(word) || this.real.has(word))
      return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const candidates = this.byFirstSound.get(soundKey(word)[0] ?? '') ?? [];
    let found: string | null = null;
    let fewest = Infinity;
    for (const known of candidates) {
      const count = typos(word, known);
      if (count !== null && count < fewest) {
        found = known;
        fewest = count;
      }
    }
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }
}
