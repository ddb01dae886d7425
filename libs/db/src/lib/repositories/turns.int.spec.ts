// Claimed turns on the real Postgres: one claim per message however many workers race, retries keep their messages, commits are fenced.
import {
  createMigratedTestDatabase,
  ledgerMessage,
  type MigratedTestDatabase,
} from '../../testing.js';
import { recordInboundMessage } from './inbound.js';
import { listPendingEffects } from './outbox.js';
import { claimTurn, commitTurn, recordTurnFailure } from './turns.js';

const key = { accountId: 1, conversationId: 42 };

const message = (messageId: number, second: number) =>
  ledgerMessage(messageId, {
    createdAt: `2026-11-26T11:00:${String(second).padStart(2, '0')}Z`,
  });

describe('claimed turns', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  const commit = (turnId: string, attempt: number, content: string) =>
    commitTurn(database.db, {
      ...key,
      turnId,
      attempt,
      effects: [{ kind: 'message', content }],
      status: 'committed',
      checkpointId: `checkpoint-of-${content}`,
    });

  it('claims every unclaimed message in order, and nothing while the conversation has nothing new', async () => {
    await recordInboundMessage(database.db, message(2, 2));
    await recordInboundMessage(database.db, message(1, 1));
    const turn = await claimTurn(database.sql, key);
    expect(turn).toMatchObject({
      turnId: 'turn-1-42-1-2',
      attempt: 1,
      baseCheckpointId: null,
      failures: 0,
    });
    expect(turn?.messages.map((m) => m.messageId)).toEqual([1, 2]);
    expect(await commit(turn!.turnId, 1, 'hola')).toBe('committed');
    expect(await claimTurn(database.sql, key)).toBeNull();
  });

  it('claims nothing while an earlier message still waits in Redis (carried while Postgres was down)', async () => {
    await recordInboundMessage(database.db, message(2, 2));
    expect(
      await claimTurn(database.sql, key, { carriedWaiting: async () => true }),
    ).toBe('carried_waiting');
    const turn = await claimTurn(database.sql, key, {
      carriedWaiting: async () => false,
    });
    expect(turn).toMatchObject({ turnId: 'turn-1-42-2', attempt: 1 });
  });

  it('claims a message once however many workers claim at the same time', async () => {
    for (let id = 1; id <= 5; id++)
      await recordInboundMessage(database.db, message(id, id));
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimTurn(database.sql, key)),
    );
    expect(new Set(claims.map((c) => c?.turnId))).toEqual(
      new Set(['turn-1-42-1-2-3-4-5']),
    );
    expect(claims.map((c) => c?.attempt).sort((a, b) => a! - b!)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('gives a retry the same messages and leaves a later message to the next turn, which starts from the committed checkpoint', async () => {
    await recordInboundMessage(database.db, message(1, 1));
    const first = await claimTurn(database.sql, key);
    await recordTurnFailure(database.db, first!.turnId, 1, 'Error: boom');
    await recordInboundMessage(database.db, message(2, 2));
    const retry = await claimTurn(database.sql, key);
    expect(retry).toMatchObject({
      turnId: first!.turnId,
      attempt: 2,
      failures: 1,
      lastError: 'Error: boom',
    });
    expect(retry?.messages.map((m) => m.messageId)).toEqual([1]);
    expect(await commit(retry!.turnId, 2, 'uno')).toBe('committed');
    const next = await claimTurn(database.sql, key);
    expect(next?.messages.map((m) => m.messageId)).toEqual([2]);
    expect(next?.baseCheckpointId).toBe('checkpoint-of-uno');
  });

  it('fences the commit: an attempt that a later one superseded writes nothing, and a turn commits once', async () => {
    await recordInboundMessage(database.db, message(1, 1));
    const stale = await claimTurn(database.sql, key);
    const live = await claimTurn(database.sql, key);
    expect(await commit(stale!.turnId, stale!.attempt, 'tarde')).toBe(
      'superseded',
    );
    expect(await commit(live!.turnId, live!.attempt, 'a tiempo')).toBe(
      'committed',
    );
    expect(await commit(live!.turnId, live!.attempt, 'otra vez')).toBe(
      'superseded',
    );
    const pending = await listPendingEffects(database.db, key);
    expect(pending.map((row) => row.payload)).toEqual([
      { content: 'a tiempo' },
    ]);
    const [row] =
      await database.sql`SELECT answered_at IS NOT NULL AS answered FROM inbound_messages`;
    expect(row['answered']).toBe(true);
  });

  it('does not count a failure recorded by a superseded attempt', async () => {
    await recordInboundMessage(database.db, message(1, 1));
    const stale = await claimTurn(database.sql, key);
    await claimTurn(database.sql, key);
    await recordTurnFailure(database.db, stale!.turnId, 1, 'Error: late');
    const again = await claimTurn(database.sql, key);
    expect(again).toMatchObject({ attempt: 3, failures: 0 });
  });
});
