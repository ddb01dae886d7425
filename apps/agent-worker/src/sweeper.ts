// The sweeper: at start-up and every interval, re-queues what Redis lost or never got (unanswered messages, unsent replies).
import type { Logger } from '@atrevete/observability';
import type { ConversationKey } from '@atrevete/schema';

export interface SweepDeps {
  staleConversations(olderThan: Date): Promise<ConversationKey[]>;
  staleReplies(olderThan: Date): Promise<ConversationKey[]>;
  enqueueTurn(key: ConversationKey): Promise<void>;
  enqueueReplies(key: ConversationKey): Promise<void>;
  logger: Logger;
  now: () => Date;
}

export interface SweepResult {
  turns: number;
  replies: number;
}

/**
 * One pass. Enqueueing is deduplicated per conversation, so a sweep that races a live turn, or
 * several replicas sweeping at once, queue nothing twice.
 */
export async function sweepOnce(
  deps: SweepDeps,
  graceMs: number,
): Promise<SweepResult> {
  const olderThan = new Date(deps.now().getTime() - graceMs);
  const [conversations, replies] = await Promise.all([
    deps.staleConversations(olderThan),
    deps.staleReplies(olderThan),
  ]);
  for (const key of conversations) await deps.enqueueTurn(key);
  for (const key of replies) await deps.enqueueReplies(key);
  if (conversations.length + replies.length > 0) {
    deps.logger.info(
      { turns: conversations.length, replies: replies.length },
      'sweeper re-queued work',
    );
  }
  return { turns: conversations.length, replies: replies.length };
}

export interface Sweeper {
  stop(): Promise<void>;
}

/** Runs a pass now and then `intervalMs` after each one ends; a failed pass (Redis or Postgres down) waits for the next. */
export function startSweeper(
  deps: SweepDeps,
  intervalMs: number,
  graceMs: number,
): Sweeper {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const pass = () => {
    current = sweepOnce(deps, graceMs).then(
      () => undefined,
      (error: unknown) =>
        deps.logger.warn(
          { err: error },
          'sweep failed; trying again next interval',
        ),
    );
    void current.then(() => {
      if (!stopped) timer = setTimeout(pass, intervalMs);
    });
  };
  pass();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
