// Zod schemas of the Chatwoot webhook bodies the bot reads (shared/CHATWOOT.md): tolerant of extra keys, strict where the bot depends on a field.
import { z } from 'zod';

const id = z.number().int().nonnegative();

/** A contact has no `type` key in message webhooks (or `type: "contact"` in conversation meta). */
export const chatwootSenderSchema = z.looseObject({
  id,
  name: z.string().nullish(),
  phone_number: z.string().nullish(),
  identifier: z.string().nullish(),
  type: z.string().nullish(),
});

export const chatwootAttachmentSchema = z.looseObject({
  id: id.optional(),
  file_type: z.string(),
  data_url: z.string().nullish(),
  transcribed_text: z.string().nullish(),
});

export const chatwootConversationSchema = z.looseObject({
  id,
  inbox_id: id.optional(),
  status: z.enum(['open', 'pending', 'resolved', 'snoozed']),
  can_reply: z.boolean().optional(),
  channel: z.string().nullish(),
  labels: z.array(z.string()).optional(),
});

export const chatwootMessageEventSchema = z.looseObject({
  event: z.enum(['message_created', 'message_updated']),
  id,
  content: z.string().nullable().optional(),
  content_type: z.string().nullish(),
  content_attributes: z
    .looseObject({ external_echo: z.boolean().optional() })
    .nullish(),
  message_type: z.enum(['incoming', 'outgoing', 'template', 'activity']),
  private: z.boolean().default(false),
  source_id: z.string().nullish(),
  created_at: z.union([z.string(), z.number()]).optional(),
  sender: chatwootSenderSchema.nullish(),
  account: z.looseObject({ id, name: z.string().nullish() }),
  inbox: z.looseObject({ id, name: z.string().nullish() }).nullish(),
  conversation: chatwootConversationSchema,
  attachments: z.array(chatwootAttachmentSchema).optional(),
});
export type ChatwootMessageEvent = z.output<typeof chatwootMessageEventSchema>;

/** Any webhook: only `event` is required to decide what to do with it. */
/**
 * A conversation event: the conversation object itself plus `event` and `changed_attributes`
 * (a list of `{attribute: {previous_value, current_value}}`). It has no account: that is on its
 * latest message.
 */
export const chatwootConversationEventSchema = z.looseObject({
  event: z.enum(['conversation_status_changed', 'conversation_updated']),
  id,
  inbox_id: id.optional(),
  status: z.enum(['open', 'pending', 'resolved', 'snoozed']),
  changed_attributes: z.array(z.record(z.string(), z.unknown())).nullish(),
  messages: z.array(z.looseObject({ account_id: id.optional() })).optional(),
});
export type ChatwootConversationEvent = z.infer<
  typeof chatwootConversationEventSchema
>;

export const chatwootEnvelopeSchema = z.looseObject({
  event: z.string().min(1),
});
