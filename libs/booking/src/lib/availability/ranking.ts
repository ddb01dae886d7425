// Which free slots are "best": closest to a preferred time or else earliest, with distinct start times first.
import type { Minute, Slot } from '../types.js';
import type { Candidate } from './day-scan.js';

export type CandidateOrder = (a: Candidate, b: Candidate) => number;

/** Closest to `time` first (ties: earlier); without a time, earliest first. Equal starts: stylist rank. */
export function candidateOrder(time: Minute | undefined): CandidateOrder {
  if (time === undefined) {
    return (a, b) => a.start - b.start || a.stylistRank - b.stylistRank;
  }
  return (a, b) =>
    Math.abs(a.minute - time) - Math.abs(b.minute - time) ||
    a.start - b.start ||
    a.stylistRank - b.stylistRank;
}

/**
 * The first `limit` of candidates sorted by `order`, preferring distinct start times: three
 * stylists free at 10:00 are one choice for the customer, so 10:15 and 10:30 come before the
 * second 10:00. Returned in `order`.
 */
export function pickBest(
  sorted: Candidate[],
  limit: number,
  order: CandidateOrder,
): Candidate[] {
  const starts = new Set<number>();
  const picked: Candidate[] = [];
  const repeats: Candidate[] = [];
  for (const candidate of sorted) {
    if (picked.length === limit) break;
    if (starts.has(candidate.start)) {
      repeats.push(candidate);
    } else {
      starts.add(candidate.start);
      picked.push(candidate);
    }
  }
  picked.push(...repeats.slice(0, limit - picked.length));
  return picked.sort(order);
}

/** How many distinct start times a start-ordered list holds, up to `enough`. */
export function countDistinctStarts(
  sorted: Candidate[],
  enough: number,
): number {
  let count = 0;
  for (let i = 0; i < sorted.length && count < enough; i++) {
    if (i === 0 || sorted[i].start !== sorted[i - 1].start) count++;
  }
  return count;
}

export function toSlot(candidate: Candidate): Slot {
  return {
    stylistId: candidate.stylistId,
    start: new Date(candidate.start),
    end: new Date(candidate.end),
  };
}
