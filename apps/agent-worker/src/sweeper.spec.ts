// The sweeper's schedule: Postgres and Redis are swept independently, so one store being down or hanging never strands what the other holds.
import { createLogger } from '@atrevete/observability';
import type { ConversationKey } from '@atrevete/schema';
import { startSweeper, type SweepDeps } from './sweeper.js';

const INTERVAL_MS = 10;
const GRACE_MS = 1000;
const key = (conversationId: number): ConversationKey => ({
  accountId: 1,
  conversationId,
});
const refused = () => Promise.reject(new Error('connect ECONNREFUSED'));

/** Resolves once `check` holds, polling; fails the test after a second. */
async function eventually(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 1000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('never happened');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Ports over the given lists (or failures) that record what the sweeper queued. */
function sweepDeps(lists: Partial<SweepDeps>) {
  const turns: ConversationKey[] = [];
  const replies: ConversationKey[] = [];
  const deps: SweepDeps = {
    staleConversations: async () => [],
    staleReplies: async () => [],
    carriedConversations: async () => [],
    enqueueTurn: async (k) => void turns.push(k),
    enqueueReplies: async (k) => void replies.push(k),
    logger: createLogger({ name: 'test', level: 'silent' }),
    now: () => new Date('2026-12-01T10:00:00Z'),
    ...lists,
  };
  return { deps, turns, replies };
}

describe('the sweeper', () => {
  it('re-queues conversations whose messages wait in Redis while Postgres refuses connections', async () => {
    const { deps, turns } = sweepDeps({
      staleConversations: refused,
      staleReplies: refused,
      carriedConversations: async (graceMs) =>
        graceMs === GRACE_MS ? [key(7)] : [],
    });
    const sweeper = startSweeper(deps, INTERVAL_MS, GRACE_MS);
    await eventually(() => turns.length > 0);
    await sweeper.stop();
    expect(turns[0]).toEqual(key(7));
  });

  it('keeps sweeping the carried messages while a Postgres read hangs', async () => {
    let release: () => void = () => undefined;
    const hanging = new Promise<ConversationKey[]>((resolve) => {
      release = () => resolve([]);
    });
    let carriedPasses = 0;
    const { deps } = sweepDeps({
      staleConversations: () => hanging,
      carriedConversations: async () => {
        carriedPasses += 1;
        return [];
      },
    });
    const sweeper = startSweeper(deps, INTERVAL_MS, GRACE_MS);
    await eventually(() => carriedPasses >= 3);
    release();
    await sweeper.stop();
  });

  it('re-queues stale ledger messages and unsent replies while Redis cannot be read for the carried ones', async () => {
    const olderThan: Date[] = [];
    const { deps, turns, replies } = sweepDeps({
      staleConversations: async (before) => {
        olderThan.push(before);
        return [key(1)];
      },
      staleReplies: async () => [key(2)],
      carriedConversations: refused,
    });
    const sweeper = startSweeper(deps, INTERVAL_MS, GRACE_MS);
    await eventually(() => turns.length > 0 && replies.length > 0);
    await sweeper.stop();
    expect([turns[0], replies[0]]).toEqual([key(1), key(2)]);
    expect(olderThan[0]).toEqual(new Date('2026-12-01T09:59:59Z'));
  });

  it('sweeps nothing more once stopped', async () => {
    let passes = 0;
    const { deps } = sweepDeps({
      carriedConversations: async () => {
        passes += 1;
        return [];
      },
    });
    const sweeper = startSweeper(deps, INTERVAL_MS, GRACE_MS);
    await eventually(() => passes >= 1);
    await sweeper.stop();
    const stoppedAt = passes;
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS * 5));
    expect(passes).toBe(stoppedAt);
  });
});
