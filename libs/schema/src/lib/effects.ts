// What a turn asks Chatwoot to do, as one typed union: produced by the turn, stored in the outbox, parsed by the sender.
import { z } from 'zod';

const text = z.string().trim().min(1);

/**
 * A WhatsApp template as Chatwoot's create-message call takes it (`template_params`): matched by
 * exact name and language against the inbox's approved templates; body parameters keyed "1", "2"…
 */
export const templateParamsSchema = z.object({
  name: text,
  category: text,
  language: text,
  processed_params: z.object({ body: z.record(z.string(), z.string()) }),
});
export type TemplateParams = z.output<typeof templateParamsSchema>;

/**
 * The conversation id of an outbox row that starts a new conversation (a customer the bot must
 * write to first and who has none): the sender creates it, with the message, for the contact.
 */
export const NEW_CONVERSATION_ID = 0;

export const effectSchema = z.discriminatedUnion('kind', [
  /** A reply the customer sees; outside WhatsApp's 24-hour window, an approved template. */
  z.object({
    kind: z.literal('message'),
    content: text,
    template: templateParamsSchema.optional(),
    /** Only on rows of NEW_CONVERSATION_ID: the conversation to start, in this inbox with this contact. */
    newConversation: z
      .object({
        inboxId: z.number().int().positive(),
        contactId: z.number().int().positive(),
      })
      .optional(),
  }),
  /** A note only the salon's staff see (hand-offs). */
  z.object({ kind: z.literal('private_note'), content: text }),
  /** Labels added to the conversation (Chatwoot's POST replaces the list: the sender sends the union). */
  z.object({ kind: z.literal('add_labels'), labels: z.array(text).min(1) }),
  /** `open` hands the conversation to a person; `pending` gives it back to the bot. */
  z.object({
    kind: z.literal('toggle_status'),
    status: z.enum(['open', 'pending', 'resolved']),
  }),
]);
export type Effect = z.output<typeof effectSchema>;
export type EffectKind = Effect['kind'];
export const EFFECT_KINDS = [
  'message',
  'private_note',
  'add_labels',
  'toggle_status',
] as const satisfies readonly EffectKind[];

/** The effect without its kind: what the outbox keeps in its `payload` column next to `kind`. */
export type EffectPayload = DistributiveOmit<Effect, 'kind'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown
  ? Omit<T, K>
  : never;

/**
 * The key an outbox row puts in the `content_attributes` of the message it posts. Chatwoot sends
 * the bot's own messages back to the webhook with those attributes, which proves the send landed.
 */
export const OUTBOX_MARKER = 'atrevete_outbox_id';
