// Payloads of every queue job, parsed by the producer before adding and by the worker before processing.
import { z } from 'zod';
import { inboundMessageSchema } from './inbound-message.js';

/** A Chatwoot conversation: display ids are unique only within an account. */
const conversationKey = {
  accountId: z.number().int().nonnegative(),
  conversationId: z.number().int().nonnegative(),
};
export const conversationKeySchema = z.object(conversationKey);
export type ConversationKey = z.output<typeof conversationKeySchema>;

/** Run the conversation graph once for the unanswered messages of a conversation. */
export const turnJobSchema = z.object({
  ...conversationKey,
  /**
   * Empty: the ledger (or, while Postgres is down, Redis) holds the messages. Still read, for jobs
   * an earlier webhook-api queued with the message inside.
   */
  messages: z.array(inboundMessageSchema),
});
export type TurnJob = z.output<typeof turnJobSchema>;

/** Send a conversation's pending outbox rows to Chatwoot, oldest first. */
export const replyJobSchema = conversationKeySchema;
export type ReplyJob = z.output<typeof replyJobSchema>;
