// Finds the salon's services named in a text: by name or alias, in any form, with small typos.
import type { ServiceInfo } from '../salon-types.js';
import {
  contentWords,
  editDistance,
  isCloseWord,
  normalise,
} from './spanish-text.js';

interface Phrase {
  serviceId: number;
  words: string[];
  isName: boolean;
}

interface Match {
  serviceId: number;
  start: number;
  end: number;
}

/** Matches service names in normalised texts; build it once per catalogue. */
export class ServiceMatcher {
  private readonly phrases: Phrase[];
  private readonly vocabulary: string[];

  constructor(
    services: readonly Pick<ServiceInfo, 'id' | 'name' | 'aliases'>[],
  ) {
    this.phrases = services
      .flatMap((service) => [
        {
          serviceId: service.id,
          words: contentWords(normalise(service.name)),
          isName: true,
        },
        ...service.aliases.map((alias) => ({
          serviceId: service.id,
          words: contentWords(normalise(alias)),
          isName: false,
        })),
      ])
      .filter((phrase) => phrase.words.length > 0);
    this.vocabulary = [
      ...new Set(this.phrases.flatMap((phrase) => phrase.words)),
    ];
  }

  /** Ids of the services named in the texts, in the order they were first named. */
  match(normalisedTexts: string[]): number[] {
    const ids = normalisedTexts.flatMap((text) => this.matchText(text));
    return [...new Set(ids)];
  }

  private matchText(text: string): number[] {
    const words = contentWords(text).map((word) => this.canonical(word));
    const full = this.fullMatches(words);
    const covered = new Set(full.flatMap((m) => range(m.start, m.end)));
    const partial = this.headMatches(words, covered);
    return [...full, ...partial]
      .sort((a, b) => a.start - b.start)
      .map((m) => m.serviceId);
  }

  /** The known word a typed word stands for: itself if known, else the closest word within typo distance. */
  private canonical(word: string): string {
    if (this.vocabulary.includes(word)) return word;
    const close = this.vocabulary.filter((known) => isCloseWord(word, known));
    close.sort((a, b) => editDistance(word, a) - editDistance(word, b));
    return close[0] ?? word;
  }

  /** Every whole name or alias in the text, minus those inside a longer one of another service. */
  private fullMatches(words: string[]): Match[] {
    const matches: Match[] = [];
    for (const phrase of this.phrases) {
      for (
        let start = 0;
        start + phrase.words.length <= words.length;
        start++
      ) {
        if (phrase.words.every((word, i) => words[start + i] === word)) {
          matches.push({
            serviceId: phrase.serviceId,
            start,
            end: start + phrase.words.length,
          });
        }
      }
    }
    return matches.filter(
      (inner) =>
        !matches.some(
          (outer) =>
            outer.serviceId !== inner.serviceId &&
            outer.start <= inner.start &&
            inner.end <= outer.end &&
            outer.end - outer.start > inner.end - inner.start,
        ),
    );
  }

  /** A lone first word of a longer name stands for every service so named ("un corte" → every cut). */
  private headMatches(words: string[], covered: Set<number>): Match[] {
    return words.flatMap((word, start) => {
      if (covered.has(start)) return [];
      return this.phrases
        .filter(
          (phrase) =>
            phrase.isName &&
            phrase.words.length > 1 &&
            phrase.words[0] === word,
        )
        .map((phrase) => ({
          serviceId: phrase.serviceId,
          start,
          end: start + 1,
        }));
    });
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
