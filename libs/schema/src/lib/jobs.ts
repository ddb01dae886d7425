// Payloads of every queue job, parsed by the producer before adding and by the worker before processing.
import { z } from 'zod';
import { inboundMessageSchema } from './inbound-message.js';

/** Run the conversation graph once for the unanswered messages of a conversation. */
export const turnJobSchema = z.object({
  accountId: z.number().int().nonnegative(),
  conversationId: z.number().int().nonnegative(),
  /** The messages that triggered the turn, carried whole so the worker can record any the ledger missed. */
  messages: z.array(inboundMessageSchema),
});
export type TurnJob = z.output<typeof turnJobSchema>;
