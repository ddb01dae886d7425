// One conversation turn: make sure the messages are in the ledger, run the graph on those not yet answered, reply, mark them answered.
import type { ChatwootClient } from '@atrevete/chatwoot';
import type { Logger, WorkerMetrics } from '@atrevete/observability';
import type { InboundMessage, TurnJob } from '@atrevete/schema';

export interface TurnDeps {
  ledger: {
    record(message: InboundMessage): Promise<void>;
    unanswered(conversationId: number): Promise<InboundMessage[]>;
    markAnswered(messageIds: number[], turnId: string): Promise<void>;
  };
  /** Runs the conversation graph on the texts of this turn and returns the reply. */
  converse(input: {
    threadId: string;
    texts: string[];
    now: Date;
  }): Promise<{ reply: string; intent: string }>;
  chatwoot: Pick<ChatwootClient, 'postMessage'>;
  logger: Logger;
  metrics: WorkerMetrics;
  now: () => Date;
}

/** A turn is named by the messages it answers, so a replay of the same turn has the same id. */
export function turnIdOf(conversationId: number, messageIds: number[]): string {
  return `turn-${conversationId}-${[...messageIds].sort((a, b) => a - b).join('-')}`;
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

export async function processTurn(job: TurnJob, deps: TurnDeps): Promise<void> {
  const started = performance.now();
  // Idempotent: the webhook normally recorded them already; if Postgres was down then, this records them now.
  for (const message of job.messages) await deps.ledger.record(message);

  const wanted = new Set(job.messages.map((m) => m.messageId));
  const pending = (await deps.ledger.unanswered(job.conversationId)).filter(
    (m) => wanted.has(m.messageId),
  );
  if (pending.length === 0) return;

  const ids = pending.map((m) => m.messageId);
  const turnId = turnIdOf(job.conversationId, ids);
  const log = deps.logger.child({ conversationId: job.conversationId, turnId });
  const { reply, intent } = await deps.converse({
    threadId: `conversation-${job.accountId}-${job.conversationId}`,
    texts: pending.map(textOf).filter(Boolean),
    now: deps.now(),
  });
  try {
    await deps.chatwoot.postMessage(job.accountId, job.conversationId, reply);
  } catch (error) {
    deps.metrics.replies.inc({ outcome: 'failed' });
    throw error;
  }
  deps.metrics.replies.inc({ outcome: 'sent' });
  await deps.ledger.markAnswered(ids, turnId);
  deps.metrics.turns.inc({ outcome: 'answered', intent });
  deps.metrics.turnLatency.observe((performance.now() - started) / 1000);
  log.info({ intent, messages: ids.length }, 'turn answered');
}
