// One customer's WhatsApp chat: signed `message_created` webhooks in, and what the bot did at the fake Chatwoot out, as it arrives.
import type { RecordedRequest } from '@atrevete/chatwoot/testing';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import { type WebhookAnswer, deliverSigned } from '@atrevete/e2e/testing';
import { ACCOUNT_ID, type ChatPipeline } from './setup.js';

// The fake Chatwoot calls back only for public replies; notes, labels and statuses are read from its request log.
const POLL_MS = 50;
// A turn's outbox rows (reply, note, labels, status) arrive within milliseconds of each other: wait this long after
// the reply so that a hand-off is known before the next message is sent.
const SETTLE_MS = 400;

export interface Contact {
  name: string;
  phone: string;
}

/** Something the bot did in a conversation, as Chatwoot received it. */
export interface BotAction {
  conversationId: number;
  kind: 'reply' | 'note' | 'labels' | 'status' | 'other';
  text: string;
}

/** `pending`: the bot has the conversation; `open`: a person does, and the webhook ignores the customer's messages. */
export type ConversationStatus = 'pending' | 'open';

export class ChatSession {
  conversationId = 0;
  status: ConversationStatus = 'pending';
  // Ids unique across runs: the ledger in a kept database is unique on Chatwoot's message id.
  private nextMessageId = Date.now() * 1000;
  private readonly ours = new Set<number>();
  private seen = 0;
  private replies = 0;
  private lastActivity = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pipeline: ChatPipeline,
    private readonly contact: Contact,
    private readonly show: (action: BotAction) => void,
  ) {
    this.newConversation();
    this.timer = setInterval(() => this.poll(), POLL_MS);
  }

  /** A fresh conversation (a new thread for the bot), owned by the bot. */
  newConversation(): number {
    // Milliseconds since the epoch: later than any conversation of an earlier run in the same database.
    this.conversationId = Math.max(Date.now(), this.conversationId + 1);
    this.ours.add(this.conversationId);
    this.status = 'pending';
    this.replies = 0;
    return this.conversationId;
  }

  /** Gives a handed-off conversation back to the bot, as an agent would in Chatwoot. */
  giveBackToBot(): void {
    this.status = 'pending';
  }

  /** Public replies in the current conversation so far; pass it to `waitForReply`. */
  get replyCount(): number {
    return this.replies;
  }

  /** The customer's message, delivered as Chatwoot delivers it (with the conversation's current status). */
  send(content: string): Promise<WebhookAnswer> {
    const digits = this.contact.phone.replace(/\D/g, '');
    return deliverSigned(
      this.pipeline.apiUrl,
      this.pipeline.secret,
      incomingMessageEvent({
        messageId: this.nextMessageId++,
        conversationId: this.conversationId,
        accountId: ACCOUNT_ID,
        // One contact per phone number, as in Chatwoot: the same customer in every run.
        contactId: Number(digits),
        contactName: this.contact.name,
        phone: this.contact.phone,
        status: this.status,
        content,
      }),
    );
  }

  /** True once a reply after `since` arrived and the turn's other actions had time to follow; false after `timeoutMs`. */
  async waitForReply(since: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.replies > since && Date.now() - this.lastActivity >= SETTLE_MS)
        return true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return this.replies > since;
  }

  close(): void {
    clearInterval(this.timer);
    this.poll();
  }

  private poll(): void {
    const requests = this.pipeline.chatwoot.requests;
    while (this.seen < requests.length) {
      const action = describe(requests[this.seen++]);
      // The sweeper may finish an earlier run's conversations: not this chat's business.
      if (!action || !this.ours.has(action.conversationId)) continue;
      if (action.conversationId === this.conversationId) {
        this.lastActivity = Date.now();
        if (action.kind === 'reply') this.replies += 1;
        // A resolved or snoozed conversation reopens for the bot with the customer's next message.
        if (action.kind === 'status')
          this.status = action.text === 'open' ? 'open' : 'pending';
      }
      this.show(action);
    }
  }
}

/** What a request to Chatwoot's API means to the customer and the staff; null for reads and typing indicators. */
export function describe(request: RecordedRequest): BotAction | null {
  if (request.method !== 'POST') return null;
  const { conversationId, body } = request;
  switch (request.action) {
    case 'messages': {
      const template = body['template_params'] as { name?: string } | undefined;
      const text =
        String(body['content'] ?? '') +
        (template ? ` [WhatsApp template ${template.name ?? '?'}]` : '');
      return { conversationId, kind: body['private'] ? 'note' : 'reply', text };
    }
    case 'labels':
      return {
        conversationId,
        kind: 'labels',
        text: ((body['labels'] as string[] | undefined) ?? []).join(', '),
      };
    case 'toggle_status':
      return { conversationId, kind: 'status', text: String(body['status']) };
    case 'toggle_typing_status':
      return null;
    default:
      return {
        conversationId,
        kind: 'other',
        text: `${request.action} ${JSON.stringify(body)}`,
      };
  }
}
