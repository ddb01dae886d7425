// Decides what the bot does with a Chatwoot webhook: answer it (as an InboundMessage), take it as the echo of its own message, ignore it (and why), or reject it as malformed.
import { z } from 'zod';
import {
  type ChatwootConversationEvent,
  type ChatwootMessageEvent,
  chatwootConversationEventSchema,
  chatwootEnvelopeSchema,
  chatwootMessageEventSchema,
} from './chatwoot-webhook.js';
import { OUTBOX_MARKER } from './effects.js';
import type { InboundMessage } from './inbound-message.js';
import type { ConversationKey } from './jobs.js';

export const IGNORE_REASONS = [
  'event_not_handled',
  'not_incoming',
  'private_note',
  'echo',
  'not_from_contact',
  'other_account',
  'other_inbox',
  'conversation_not_for_bot',
] as const;
export type IgnoreReason = (typeof IGNORE_REASONS)[number];

export interface AnswerFilter {
  /** Only this account is answered, when set. */
  accountId?: number;
  /** Only this inbox is answered, when set. */
  inboxId?: number;
  /** Conversation statuses the bot answers: `pending` with an agent bot (shared/CHATWOOT.md). */
  statuses: readonly string[];
}

/** The bot's own message come back from Chatwoot: proof that this outbox row was delivered. */
export interface OutboxEcho {
  outboxId: number;
  chatwootMessageId: number;
  accountId: number;
  conversationId: number;
}

export type Classification =
  | { kind: 'answer'; message: InboundMessage }
  | { kind: 'echo'; echo: OutboxEcho }
  /** Staff set the conversation back to a status the bot answers: it is the bot's again, now. */
  | { kind: 'returned'; key: ConversationKey }
  | { kind: 'ignore'; event: string; reason: IgnoreReason }
  | { kind: 'invalid'; reason: string };

// Chatwoot keeps the JSON the bot posted: the marker comes back as the number it was.
const outboxIdSchema = z.number().int().positive();

export function classifyWebhook(
  body: unknown,
  filter: AnswerFilter,
): Classification {
  const envelope = chatwootEnvelopeSchema.safeParse(body);
  if (!envelope.success)
    return { kind: 'invalid', reason: describe(envelope.error) };
  const event = envelope.data.event;
  if (
    event === 'conversation_status_changed' ||
    event === 'conversation_updated'
  )
    return classifyStatusChange(body, filter);
  if (event !== 'message_created')
    return { kind: 'ignore', event, reason: 'event_not_handled' };

  const parsed = chatwootMessageEventSchema.safeParse(body);
  if (!parsed.success)
    return { kind: 'invalid', reason: describe(parsed.error) };
  const echo = outboxEchoOf(parsed.data);
  if (echo) return { kind: 'echo', echo };
  const reason = ignoreReason(parsed.data, filter);
  if (reason) return { kind: 'ignore', event, reason };
  return { kind: 'answer', message: toInboundMessage(parsed.data) };
}

/**
 * A conversation whose status changed to one the bot answers (staff gave it back, `pending`):
 * `returned`. Any other status change, or an update that did not touch the status, is ignored.
 */
function classifyStatusChange(
  body: unknown,
  filter: AnswerFilter,
): Classification {
  const parsed = chatwootConversationEventSchema.safeParse(body);
  if (!parsed.success)
    return { kind: 'invalid', reason: describe(parsed.error) };
  const conversation = parsed.data;
  const ignore = (reason: IgnoreReason): Classification => ({
    kind: 'ignore',
    event: conversation.event,
    reason,
  });
  if (!statusChanged(conversation)) return ignore('event_not_handled');
  if (!filter.statuses.includes(conversation.status))
    return ignore('conversation_not_for_bot');
  const accountId =
    conversation.messages?.find((m) => m.account_id !== undefined)
      ?.account_id ?? filter.accountId;
  if (accountId === undefined) return ignore('event_not_handled');
  if (filter.accountId !== undefined && accountId !== filter.accountId)
    return ignore('other_account');
  if (
    filter.inboxId !== undefined &&
    conversation.inbox_id !== undefined &&
    conversation.inbox_id !== filter.inboxId
  )
    return ignore('other_inbox');
  return {
    kind: 'returned',
    key: { accountId, conversationId: conversation.id },
  };
}

/** `conversation_status_changed` always is one; `conversation_updated` only when the status is among its changes. */
function statusChanged(conversation: ChatwootConversationEvent): boolean {
  if (conversation.event === 'conversation_status_changed') return true;
  return (conversation.changed_attributes ?? []).some((change) =>
    Object.hasOwn(change, 'status'),
  );
}

/**
 * An outgoing message (or a WhatsApp template the bot sent: a reminder outside the 24-hour window)
 * carrying the marker the reply sender puts in `content_attributes`; never a turn.
 */
function outboxEchoOf(msg: ChatwootMessageEvent): OutboxEcho | null {
  if (msg.message_type !== 'outgoing' && msg.message_type !== 'template')
    return null;
  const marker = outboxIdSchema.safeParse(
    msg.content_attributes?.[OUTBOX_MARKER],
  );
  if (!marker.success) return null;
  return {
    outboxId: marker.data,
    chatwootMessageId: msg.id,
    accountId: msg.account.id,
    conversationId: msg.conversation.id,
  };
}

function ignoreReason(
  msg: ChatwootMessageEvent,
  filter: AnswerFilter,
): IgnoreReason | null {
  if (msg.message_type !== 'incoming') return 'not_incoming';
  if (msg.private) return 'private_note';
  if (msg.content_attributes?.external_echo) return 'echo';
  if (!msg.sender || (msg.sender.type && msg.sender.type !== 'contact'))
    return 'not_from_contact';
  if (filter.accountId !== undefined && msg.account.id !== filter.accountId)
    return 'other_account';
  const inboxId = msg.inbox?.id ?? msg.conversation.inbox_id;
  if (filter.inboxId !== undefined && inboxId !== filter.inboxId)
    return 'other_inbox';
  if (!filter.statuses.includes(msg.conversation.status))
    return 'conversation_not_for_bot';
  return null;
}

function toInboundMessage(msg: ChatwootMessageEvent): InboundMessage {
  return {
    messageId: msg.id,
    accountId: msg.account.id,
    inboxId: msg.inbox?.id ?? msg.conversation.inbox_id ?? null,
    conversationId: msg.conversation.id,
    contactId: msg.sender?.id ?? null,
    senderName: msg.sender?.name ?? null,
    senderPhone: msg.sender?.phone_number ?? null,
    channel: msg.conversation.channel ?? null,
    content: msg.content ?? null,
    contentType: msg.content_type ?? 'text',
    attachments: (msg.attachments ?? []).map((a) => ({
      fileType: a.file_type,
      dataUrl: a.data_url ?? null,
      transcribedText: a.transcribed_text || null,
    })),
    createdAt: toIsoDate(msg.created_at),
  };
}

/** Top-level `created_at` is ISO-8601; unix seconds are accepted too; a missing one means now. */
function toIsoDate(value: string | number | undefined): string {
  if (value === undefined) return new Date().toISOString();
  const date =
    typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime())
    ? new Date().toISOString()
    : date.toISOString();
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}
