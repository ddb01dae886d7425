// `npm run bench:claim`: the CPU a turn's claim and fenced commit cost in the worker's process, against the read-and-commit a turn did before claims, measured in the same run.
import { inArray } from 'drizzle-orm';
import {
  claimTurn,
  commitTurn,
  inboundMessages,
  listUnansweredMessages,
  markInboundAnswered,
  outbox,
  recordInboundMessage,
  turnIdOf,
  type DatabaseHandle,
} from '@atrevete/db';
import {
  createMigratedTestDatabase,
  ledgerMessage,
} from '@atrevete/db/testing';
import type { ConversationKey } from '@atrevete/schema';
import {
  envInt,
  fmt,
  loadNote,
  machineNote,
  runBench,
} from './bench/support.js';

const TURNS = envInt('BENCH_TURNS', 2000, 50_000);
// agent-worker's default WORKER_CONCURRENCY: turns in flight at once on its pool.
const CONCURRENCY = envInt('BENCH_WORKER_CONCURRENCY', 10, 200);
const ROUNDS = 3;

const effects = [
  { kind: 'message' as const, content: 'El tinte cuesta 40 €.' },
];

/** What a turn did before claims: read its unanswered messages, then one commit keyed by the turn id. */
async function readAndCommit({ db }: DatabaseHandle, key: ConversationKey) {
  const pending = await listUnansweredMessages(db, key);
  const ids = pending.map((m) => m.messageId);
  const turnId = turnIdOf(key, ids);
  await db.transaction(async (tx) => {
    await tx
      .select({ turnId: inboundMessages.turnId })
      .from(inboundMessages)
      .where(inArray(inboundMessages.chatwootMessageId, ids))
      .for('update');
    await tx.insert(outbox).values(
      effects.map(({ kind, ...payload }, seq) => ({
        turnId,
        seq,
        ...key,
        kind,
        payload,
      })),
    );
    await markInboundAnswered(tx, ids, turnId);
  });
}

/** What a turn does now: claim it (its messages, its attempt), then the fenced commit. */
async function claimAndCommit(
  { db, sql }: DatabaseHandle,
  key: ConversationKey,
) {
  const turn = await claimTurn(sql, key);
  if (!turn) throw new Error(`nothing to claim in ${key.conversationId}`);
  await commitTurn(db, {
    ...key,
    turnId: turn.turnId,
    attempt: turn.attempt,
    effects,
    status: 'committed',
    checkpointId: 'checkpoint',
  });
}

/** Runs `turn` over conversations [first, first + TURNS), CONCURRENCY at a time; CPU ms of this process per turn. */
async function cpuPerTurn(
  database: DatabaseHandle,
  first: number,
  turn: (database: DatabaseHandle, key: ConversationKey) => Promise<void>,
): Promise<number> {
  for (let i = 0; i < TURNS; i++)
    await recordInboundMessage(
      database.db,
      ledgerMessage(first + i, { conversationId: first + i }),
    );
  let next = 0;
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < TURNS) {
        const conversationId = first + next++;
        await turn(database, { accountId: 1, conversationId });
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / TURNS;
}

runBench('bench-claim', 10 * 60_000, async (cleanup) => {
  console.log(`claim benchmark, ${new Date().toISOString()}`);
  console.log(machineNote());
  console.log(loadNote('start'));
  const database = await createMigratedTestDatabase();
  cleanup.add('drop the database', () => database.drop());
  console.log(
    `${TURNS} one-message turns per phase, ${CONCURRENCY} at a time on one pool, ${ROUNDS} rounds (the first warms up)`,
  );
  const before: number[] = [];
  const now: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const base = 1_000_000 * (round + 1);
    const readMs = await cpuPerTurn(database, base, readAndCommit);
    const claimMs = await cpuPerTurn(database, base + 500_000, claimAndCommit);
    before.push(readMs);
    now.push(claimMs);
    console.log(
      `  round ${round + 1}: read + commit ${fmt(readMs, 3)} ms CPU/turn, claim + fenced commit ${fmt(claimMs, 3)} ms CPU/turn`,
    );
  }
  const mean = (xs: number[]) =>
    xs.slice(1).reduce((a, b) => a + b, 0) / (xs.length - 1);
  const [was, is] = [mean(before), mean(now)];
  console.log(
    `RESULT claim + fenced commit: ${fmt(is, 3)} ms CPU/turn vs read + commit ${fmt(was, 3)} ms: +${fmt(is - was, 3)} ms (target <= 1 ms: ${is - was <= 1 ? 'MET' : 'MISSED'}), ratio ${fmt(is / was, 2)}x`,
  );
  console.log(loadNote('end'));
});
