// One conversation turn: claim it in Postgres with its exact messages, run the graph from the last committed state, commit fenced by the attempt.
import type { ClaimedTurn, CommitOutcome, TurnCommit } from '@atrevete/db';
import type { Logger, WorkerMetrics } from '@atrevete/observability';
import { PostponeJobError, type HeldLock } from '@atrevete/queue';
import {
  phoneIsVerified,
  type ConversationKey,
  type Effect,
  type InboundMessage,
  type TurnJob,
} from '@atrevete/schema';
import type { FaultPoint } from '@atrevete/config';
import {
  failedTurnNote,
  failedTurnReply,
  HANDOFF_LABEL,
  type HandoffRequest,
  type MediaKind,
} from '@atrevete/graph';
import type { Transcriber } from './transcriber.js';

export interface TurnDeps {
  ledger: {
    record(message: InboundMessage): Promise<void>;
    /** Records the messages Postgres could not take at the webhook (they wait in Redis), oldest first. */
    recordCarried(key: ConversationKey): Promise<void>;
  };
  turns: {
    /** The conversation's open turn again (a retry), else a new one over its unclaimed messages, else null; 'carried_waiting' while messages wait in Redis. */
    claim(
      key: ConversationKey,
    ): Promise<ClaimedTurn | null | 'carried_waiting'>;
    /** Writes the effects and marks the messages answered, once, and only for the turn's latest attempt. */
    commit(commit: TurnCommit): Promise<CommitOutcome>;
    /** Counts a failed attempt and keeps its error (see TurnLimits). */
    recordFailure(
      turnId: string,
      attempt: number,
      error: string,
    ): Promise<void>;
  };
  /** Runs the conversation graph on the texts of this turn, from the state the previous turn committed. */
  converse(input: {
    threadId: string;
    turnId: string;
    baseCheckpointId: string | null;
    texts: string[];
    /** What the turn's messages without text carried (a voice note nobody could transcribe…). */
    media: MediaKind[];
    /** Staff gave the conversation back since the bot's last hand-off: answer at once. */
    returnedToBot: boolean;
    now: Date;
    contact: Contact;
  }): Promise<Conversed>;
  /** Whether staff gave the conversation back to the bot since its latest hand-off. */
  returnedToBot(key: ConversationKey): Promise<boolean>;
  /** Voice notes Chatwoot did not transcribe, into text (null: ask the customer to write). */
  transcriber: Transcriber;
  lockConversation(key: ConversationKey): Promise<HeldLock | null>;
  /** Asks for the conversation's outbox to be sent (the sweeper covers a failure here). */
  sendReplies(key: ConversationKey): Promise<void>;
  limits: TurnLimits;
  fault(point: FaultPoint): void;
  logger: Logger;
  metrics: WorkerMetrics;
  now: () => Date;
}

/**
 * When a turn stops trying: after `maxFailures` attempts that failed with an error (a message that
 * always crashes its turn), or `maxAttempts` attempts in all (a turn that kills its worker each time).
 */
export interface TurnLimits {
  maxFailures: number;
  maxAttempts: number;
}

export interface Contact {
  contactId: number | null;
  phone: string | null;
  /** Whether the channel vouches for the phone (WhatsApp): only then may it link the contact to a customer. */
  phoneVerified: boolean;
  profileName: string | null;
}

/** What the graph made of a turn: the reply (empty: stay silent) and a hand-off to a person. */
export interface Conversed {
  reply: string;
  intent: string;
  handoff: HandoffRequest | null;
  /** What the turn did to the appointments (booked, cancelled, …), counted once committed. */
  event: string | null;
  /** The conversation state the turn wrote; the commit makes it the next turn's start. */
  checkpointId: string;
}

/** The hand-off reason of a turn that gave up (the graph's own reasons are HandoffReason). */
export const TURN_FAILED_REASON = 'turn_failed';

/** A person takes the conversation: staff's note, then the label, then the status that gives it to them. */
export function effectsOf(
  reply: string,
  handoff: Pick<HandoffRequest, 'note' | 'label'> | null,
): Effect[] {
  const effects: Effect[] = [];
  if (reply) effects.push({ kind: 'message', content: reply });
  if (handoff) {
    effects.push(
      { kind: 'private_note', content: handoff.note },
      { kind: 'add_labels', labels: [handoff.label] },
      { kind: 'toggle_status', status: 'open' },
    );
  }
  return effects;
}

/** The contact of the turn's latest message that names one (the webhook's sender). */
function contactOf(messages: InboundMessage[]): Contact {
  const latest = [...messages].reverse();
  const phoneMessage = latest.find((m) => m.senderPhone);
  return {
    contactId: latest.find((m) => m.contactId !== null)?.contactId ?? null,
    phone: phoneMessage?.senderPhone ?? null,
    phoneVerified: phoneIsVerified(phoneMessage?.channel ?? null),
    profileName: latest.find((m) => m.senderName)?.senderName ?? null,
  };
}

/** Times a turn records newly carried messages and claims again before it postpones itself. */
const CARRIED_ROUNDS = 3;

/** A job whose conversation is busy waits this long before it tries again (not an attempt). */
const BUSY_RETRY_MS = 100;

/** Another worker holds the conversation: the job comes back shortly, its attempts untouched. */
export class ConversationBusyError extends PostponeJobError {
  constructor(key: ConversationKey) {
    super(
      BUSY_RETRY_MS,
      `conversation ${key.accountId}/${key.conversationId} is locked by another turn`,
    );
    this.name = 'ConversationBusyError';
  }
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

/** Chatwoot's file_type → what the bot answers about (a WhatsApp sticker may come as either). */
const MEDIA_OF_FILE_TYPE: Record<string, MediaKind> = {
  audio: 'audio',
  image: 'image',
  sticker: 'sticker',
  video: 'video',
  location: 'location',
  contact: 'contact',
};

/**
 * What the graph reads of the turn's messages: their texts (a voice note Chatwoot did not
 * transcribe is transcribed here, in the turn, never in the webhook request) and what the
 * messages without text carried.
 */
async function readMessages(
  messages: InboundMessage[],
  transcriber: Transcriber,
): Promise<{ texts: string[]; media: MediaKind[] }> {
  const texts: string[] = [];
  const media: MediaKind[] = [];
  for (const message of messages) {
    const text = textOf(message);
    if (text) {
      texts.push(text);
      continue;
    }
    for (const attachment of message.attachments) {
      const kind = MEDIA_OF_FILE_TYPE[attachment.fileType] ?? 'file';
      const heard =
        kind === 'audio' && attachment.dataUrl
          ? await transcriber.transcribe(attachment.dataUrl)
          : null;
      if (heard) texts.push(heard);
      else media.push(kind);
    }
  }
  return { texts, media };
}

/** Throws ConversationBusyError when another turn of the conversation holds the lock: postpone, do not drop. */
export async function processTurn(job: TurnJob, deps: TurnDeps): Promise<void> {
  const started = performance.now();
  const key = { accountId: job.accountId, conversationId: job.conversationId };
  // Empty unless an earlier webhook-api put a message it could not record in the job itself.
  for (const message of job.messages) await deps.ledger.record(message);

  // The lock keeps two workers from running one conversation at once; the claim's attempt
  // fence, not the lock, is what keeps a worker that lost it from writing.
  const lock = await deps.lockConversation(key);
  if (!lock) {
    deps.metrics.lockWaits.inc({ queue: 'turns' });
    throw new ConversationBusyError(key);
  }
  try {
    deps.fault('after-lock');
    // The open turn again (a retry), else one over every unclaimed message. Messages that arrive
    // meanwhile are claimed by the conversation's next job, which their webhook queued. Carried
    // messages are recorded first, under the lock, so the turn sees every earlier message; one
    // carried while this ran makes the claim wait for it.
    let turn: Awaited<ReturnType<TurnDeps['turns']['claim']>> =
      'carried_waiting';
    for (let round = 0; turn === 'carried_waiting'; round++) {
      if (round === CARRIED_ROUNDS) throw new ConversationBusyError(key);
      await deps.ledger.recordCarried(key);
      turn = await deps.turns.claim(key);
    }
    if (turn) await answer(turn, lock, deps, started);
  } finally {
    await lock.release();
  }
  await deps
    .sendReplies(key)
    .catch((error: unknown) =>
      deps.logger.warn(
        { err: error, ...key },
        'could not queue the replies; the sweeper will',
      ),
    );
}

async function answer(
  turn: ClaimedTurn,
  lock: HeldLock,
  deps: TurnDeps,
  started: number,
): Promise<void> {
  const { turnId, attempt } = turn;
  const limits = deps.limits;
  if (turn.failures >= limits.maxFailures || attempt > limits.maxAttempts)
    return giveUp(turn, deps);
  const contact = contactOf(turn.messages);
  let conversed: Conversed;
  try {
    const { texts, media } = await readMessages(
      turn.messages,
      deps.transcriber,
    );
    const returnedToBot = await deps.returnedToBot({
      accountId: turn.accountId,
      conversationId: turn.conversationId,
    });
    deps.fault('in-graph');
    conversed = await deps.converse({
      threadId: `conversation-${turn.accountId}-${turn.conversationId}`,
      turnId,
      baseCheckpointId: turn.baseCheckpointId,
      texts,
      media,
      returnedToBot,
      now: deps.now(),
      contact,
    });
  } catch (error) {
    await deps.turns
      .recordFailure(turnId, attempt, describe(error))
      .catch(() => undefined);
    throw error;
  }
  deps.fault('after-graph');
  if (conversed.event === 'booked') {
    deps.fault('after-booking');
    deps.fault('freeze-after-booking');
  }
  if (!lock.held)
    throw new Error(`lost the lock of ${turnId} before its commit`);
  // A silent turn (a person has the conversation) still marks its messages answered.
  const outcome = await deps.turns.commit({
    accountId: turn.accountId,
    conversationId: turn.conversationId,
    turnId,
    attempt,
    effects: effectsOf(conversed.reply, conversed.handoff),
    status: 'committed',
    checkpointId: conversed.checkpointId,
    ...(conversed.handoff && {
      handoff: {
        contactId: contact.contactId,
        reason: conversed.handoff.reason,
      },
    }),
  });
  const { intent } = conversed;
  if (outcome === 'superseded') {
    deps.metrics.turns.inc({ outcome: 'superseded', intent });
    deps.logger.warn(
      { conversationId: turn.conversationId, turnId, attempt },
      'a later attempt claimed this turn; nothing written',
    );
    return;
  }
  deps.fault('after-outbox');
  deps.metrics.turns.inc({ outcome: 'answered', intent });
  if (conversed.event) deps.metrics.bookings.inc({ outcome: conversed.event });
  deps.metrics.turnLatency.observe((performance.now() - started) / 1000);
  deps.logger.info(
    {
      conversationId: turn.conversationId,
      turnId,
      attempt,
      intent,
      messages: turn.messages.length,
      silent: conversed.reply === '',
      handoff: conversed.handoff !== null,
      event: conversed.event,
    },
    'turn answered',
  );
}

/**
 * The turn failed too often: its messages count as answered, the customer gets a short apology,
 * and a person gets the conversation with a note that names the error. The conversation's state
 * stays where the previous turn left it.
 */
async function giveUp(turn: ClaimedTurn, deps: TurnDeps): Promise<void> {
  const error = turn.lastError ?? 'the turn stopped its worker every time';
  const outcome = await deps.turns.commit({
    accountId: turn.accountId,
    conversationId: turn.conversationId,
    turnId: turn.turnId,
    attempt: turn.attempt,
    effects: effectsOf(failedTurnReply(), {
      note: failedTurnNote(error, turn.messages.map(textOf)),
      label: HANDOFF_LABEL,
    }),
    status: 'failed',
    checkpointId: turn.baseCheckpointId,
    error,
    handoff: {
      contactId: contactOf(turn.messages).contactId,
      reason: TURN_FAILED_REASON,
    },
  });
  if (outcome === 'superseded') return;
  deps.metrics.turns.inc({ outcome: 'failed', intent: 'unknown' });
  deps.logger.error(
    {
      conversationId: turn.conversationId,
      turnId: turn.turnId,
      attempts: turn.attempt - 1,
      failures: turn.failures,
      error,
    },
    'turn gave up after repeated failures; handed to a person',
  );
}

function describe(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`
    : String(error);
}
