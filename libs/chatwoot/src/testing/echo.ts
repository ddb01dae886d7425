// What Chatwoot does after creating a message: it delivers the message back to the bot's webhook (`message_created`, outgoing), signed.
import { randomUUID } from 'node:crypto';
import { outgoingMessageEvent } from '@atrevete/schema/testing';
import { signWebhook } from './sign-webhook.js';

/** Where the fake Chatwoot delivers its webhooks: the bot's URL and the secret Chatwoot signs with. */
export interface EchoTarget {
  webhookUrl: string;
  secret: string;
}

export interface CreatedMessage {
  id: number;
  accountId: number;
  conversationId: number;
  content: string;
  private: boolean;
  /** As the bot posted them (Chatwoot keeps any JSON there). */
  contentAttributes: Record<string, unknown>;
  conversationStatus: 'open' | 'pending' | 'resolved' | 'snoozed';
}

export interface EchoDelivery {
  messageId: number;
  /** The webhook's HTTP status, or null when it could not be reached. */
  status: number | null;
}

// Chatwoot's WEBHOOK_TIMEOUT default (shared/CHATWOOT.md).
const WEBHOOK_TIMEOUT_MS = 5000;

/** The `message_created` body of a message the agent bot posted (Message#webhook_data). */
export function echoBody(message: CreatedMessage): object {
  return {
    ...outgoingMessageEvent({
      messageId: message.id,
      content: message.content,
      accountId: message.accountId,
      conversationId: message.conversationId,
      status: message.conversationStatus,
      senderType: 'agent_bot',
    }),
    private: message.private,
    content_attributes: message.contentAttributes,
    // A bot's message gets its WhatsApp id only once WhatsApp accepts it, after this webhook.
    source_id: null,
  };
}

/** POSTs the echo as Chatwoot does: signed, with a delivery id, within its timeout. Never throws. */
export async function deliverEcho(
  target: EchoTarget,
  message: CreatedMessage,
): Promise<EchoDelivery> {
  const raw = JSON.stringify(echoBody(message));
  try {
    const response = await fetch(target.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-chatwoot-delivery': randomUUID(),
        ...signWebhook(target.secret, raw),
      },
      body: raw,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return { messageId: message.id, status: response.status };
  } catch {
    return { messageId: message.id, status: null };
  }
}
