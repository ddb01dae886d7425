// One conversation turn: under the conversation's lock, answer every unanswered message in order, with one outbox commit keyed by the turn.
import type { CommitOutcome, Effect } from '@atrevete/db';
import type { Logger, WorkerMetrics } from '@atrevete/observability';
import type { HeldLock } from '@atrevete/queue';
import type {
  ConversationKey,
  InboundMessage,
  TurnJob,
} from '@atrevete/schema';
import type { FaultPoint } from '@atrevete/config';

export interface TurnDeps {
  ledger: {
    record(message: InboundMessage): Promise<void>;
    /** Records the messages Postgres could not take at the webhook (they wait in Redis), oldest first. */
    recordCarried(key: ConversationKey): Promise<void>;
    unanswered(key: ConversationKey): Promise<InboundMessage[]>;
    /** Writes the effects and marks the messages answered, atomically and idempotently per turn id. */
    commit(
      key: ConversationKey,
      turnId: string,
      messageIds: number[],
      effects: Effect[],
    ): Promise<CommitOutcome>;
  };
  /** Runs the conversation graph on the texts of this turn; replaying a turn id returns its first outcome. */
  converse(input: {
    threadId: string;
    turnId: string;
    texts: string[];
    now: Date;
    contact: Contact;
  }): Promise<Conversed>;
  lockConversation(key: ConversationKey): Promise<HeldLock | null>;
  /** Asks for the conversation's outbox to be sent (the sweeper covers a failure here). */
  sendReplies(key: ConversationKey): Promise<void>;
  fault(point: FaultPoint): void;
  logger: Logger;
  metrics: WorkerMetrics;
  now: () => Date;
}

export interface Contact {
  contactId: number | null;
  phone: string | null;
  profileName: string | null;
}

/** What the graph made of a turn: the reply (empty: stay silent) and a hand-off to a person. */
export interface Conversed {
  reply: string;
  intent: string;
  handoff: { note: string; label: string } | null;
  /** What the turn did to the appointments (booked, cancelled, …), counted once committed. */
  event: string | null;
}

/** A person takes the conversation: staff's note, then the label, then the status that gives it to them. */
export function effectsOf(conversed: Conversed): Effect[] {
  const effects: Effect[] = [];
  if (conversed.reply)
    effects.push({ kind: 'message', payload: { content: conversed.reply } });
  if (conversed.handoff) {
    effects.push(
      { kind: 'private_note', payload: { content: conversed.handoff.note } },
      { kind: 'add_labels', payload: { labels: [conversed.handoff.label] } },
      { kind: 'toggle_status', payload: { status: 'open' } },
    );
  }
  return effects;
}

/** The contact of the turn's latest message that names one (the webhook's sender). */
function contactOf(messages: InboundMessage[]): Contact {
  const latest = [...messages].reverse();
  return {
    contactId: latest.find((m) => m.contactId !== null)?.contactId ?? null,
    phone: latest.find((m) => m.senderPhone)?.senderPhone ?? null,
    profileName: latest.find((m) => m.senderName)?.senderName ?? null,
  };
}

export class ConversationBusyError extends Error {
  constructor(key: ConversationKey) {
    super(
      `conversation ${key.accountId}/${key.conversationId} is locked by another turn`,
    );
    this.name = 'ConversationBusyError';
  }
}

/** A turn is named by the messages it answers, so a replay of the same turn has the same id. */
export function turnIdOf(key: ConversationKey, messageIds: number[]): string {
  const ids = [...messageIds].sort((a, b) => a - b).join('-');
  return `turn-${key.accountId}-${key.conversationId}-${ids}`;
}

/** The text the graph reads for a message: its content, or an audio note's transcription. */
function textOf(message: InboundMessage): string {
  return (
    message.content ??
    message.attachments
      .map((a) => a.transcribedText ?? '')
      .join(' ')
      .trim()
  );
}

/** Throws ConversationBusyError when another turn of the conversation holds the lock: postpone, do not drop. */
export async function processTurn(job: TurnJob, deps: TurnDeps): Promise<void> {
  const started = performance.now();
  const key = { accountId: job.accountId, conversationId: job.conversationId };
  // Empty unless an earlier webhook-api put a message it could not record in the job itself.
  for (const message of job.messages) await deps.ledger.record(message);

  const lock = await deps.lockConversation(key);
  if (!lock) throw new ConversationBusyError(key);
  try {
    deps.fault('after-lock');
    // Under the lock and before reading the ledger, so the turn sees every earlier message.
    await deps.ledger.recordCarried(key);
    await answerUnanswered(key, lock, deps, started);
  } finally {
    await lock.release();
  }
  // Also after a replay that found everything answered: its outbox rows may still be unsent.
  await deps
    .sendReplies(key)
    .catch((error: unknown) =>
      deps.logger.warn(
        { err: error, ...key },
        'could not queue the replies; the sweeper will',
      ),
    );
}

async function answerUnanswered(
  key: ConversationKey,
  lock: HeldLock,
  deps: TurnDeps,
  started: number,
): Promise<void> {
  const pending = await deps.ledger.unanswered(key);
  if (pending.length === 0) return;
  const ids = pending.map((m) => m.messageId);
  const turnId = turnIdOf(key, ids);
  const conversed = await deps.converse({
    threadId: `conversation-${key.accountId}-${key.conversationId}`,
    turnId,
    texts: pending.map(textOf).filter(Boolean),
    now: deps.now(),
    contact: contactOf(pending),
  });
  const { intent } = conversed;
  deps.fault('after-graph');
  if (!lock.held)
    throw new Error(`lost the lock of ${turnId} before committing it`);
  // A silent turn (a person has the conversation) still marks its messages answered.
  const outcome = await deps.ledger.commit(
    key,
    turnId,
    ids,
    effectsOf(conversed),
  );
  if (outcome === 'superseded') {
    deps.metrics.turns.inc({ outcome: 'superseded', intent });
    deps.logger.warn(
      { conversationId: key.conversationId, turnId },
      'another turn answered these messages first; nothing written',
    );
    return;
  }
  deps.fault('after-outbox');
  deps.metrics.turns.inc({ outcome: 'answered', intent });
  if (conversed.event) deps.metrics.bookings.inc({ outcome: conversed.event });
  deps.metrics.turnLatency.observe((performance.now() - started) / 1000);
  deps.logger.info(
    {
      conversationId: key.conversationId,
      turnId,
      intent,
      messages: ids.length,
      silent: conversed.reply === '',
      handoff: conversed.handoff !== null,
      event: conversed.event,
    },
    'turn answered',
  );
}
