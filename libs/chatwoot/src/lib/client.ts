// The Chatwoot REST calls the bot makes (shared/CHATWOOT.md), failing with ChatwootRefusedError (final) or ChatwootUnavailableError (retry).
import { OUTBOX_MARKER, type TemplateParams } from '@atrevete/schema';
import {
  ChatwootRefusedError,
  ChatwootUnavailableError,
  landedAfter,
} from './errors.js';

export interface ChatwootClientOptions {
  baseUrl: string;
  apiToken: string;
  /** Chatwoot's own webhooks wait 5 s; our calls should not wait much longer. */
  timeoutMs?: number;
}

export interface PostedMessage {
  id: number;
}

export interface StartedConversation {
  conversationId: number;
}

export type ConversationStatus = 'open' | 'pending' | 'resolved' | 'snoozed';

export class ChatwootClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ChatwootClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /**
   * A reply the customer sees, or with `private: true` a note only staff see. `outboxId` goes in
   * `content_attributes`, which Chatwoot keeps and sends back with the message's own webhook: the
   * proof that a send whose answer never arrived did land.
   */
  async postMessage(
    accountId: number,
    conversationId: number,
    content: string,
    opts: { outboxId: number; private?: boolean; template?: TemplateParams },
  ): Promise<PostedMessage> {
    const body = {
      content,
      message_type: 'outgoing',
      private: opts.private ?? false,
      content_attributes: { [OUTBOX_MARKER]: opts.outboxId },
      ...(opts.template ? { template_params: opts.template } : {}),
    };
    const posted = await this.request<{ id?: unknown }>(
      'POST',
      accountId,
      conversationPath(conversationId, 'messages'),
      body,
    );
    if (typeof posted.json.id !== 'number')
      // Created, most likely, but an answer without the id proves nothing: wait for the echo.
      throw new ChatwootUnavailableError(
        `POST messages: HTTP ${posted.status} without a message id`,
        posted.status,
        'unknown',
      );
    return { id: posted.json.id };
  }

  async toggleStatus(
    accountId: number,
    conversationId: number,
    status: ConversationStatus,
  ): Promise<void> {
    await this.request(
      'POST',
      accountId,
      conversationPath(conversationId, 'toggle_status'),
      { status },
    );
  }

  /**
   * Starts a conversation with a contact in an inbox, with its first message (a bot token may;
   * it cannot list the contact's conversations). Like a reply, the message carries its outbox
   * row's id and comes back as an echo; a new conversation each call unless the inbox locks to one.
   */
  async startConversation(
    accountId: number,
    start: {
      inboxId: number;
      contactId: number;
      content: string;
      template?: TemplateParams;
      outboxId: number;
    },
  ): Promise<StartedConversation> {
    const created = await this.request<{ id?: unknown }>(
      'POST',
      accountId,
      'conversations',
      {
        inbox_id: start.inboxId,
        contact_id: start.contactId,
        status: 'pending',
        message: {
          content: start.content,
          content_attributes: { [OUTBOX_MARKER]: start.outboxId },
          ...(start.template ? { template_params: start.template } : {}),
        },
      },
    );
    if (typeof created.json.id !== 'number')
      throw new ChatwootUnavailableError(
        `POST conversations: HTTP ${created.status} without a conversation id`,
        created.status,
        'unknown',
      );
    return { conversationId: created.json.id };
  }

  /** POST replaces the whole list, so read first and send the union. */
  async addLabels(
    accountId: number,
    conversationId: number,
    labels: string[],
  ): Promise<void> {
    const path = conversationPath(conversationId, 'labels');
    const current = await this.request<{ payload?: string[] }>(
      'GET',
      accountId,
      path,
    );
    const union = [...new Set([...(current.json.payload ?? []), ...labels])];
    await this.request('POST', accountId, path, { labels: union });
  }

  private async request<T = unknown>(
    method: 'GET' | 'POST',
    accountId: number,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: T }> {
    const url = `${this.baseUrl}/api/v1/accounts/${accountId}/${path}`;
    const call = `${method} ${path.split('/').at(-1)}`;
    // The timeout covers the body too: a 2xx whose body stalls is as unknown as no answer.
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: {
          api_access_token: this.options.apiToken,
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      throw new ChatwootUnavailableError(
        `${call}: ${(error as Error).message}`,
        null,
        landedAfter(error),
      );
    }
    if (!response.ok) {
      const detail = `${call}: HTTP ${response.status} ${text.slice(0, 200)}`;
      if (response.status === 429)
        // Rate limiting turns the request away before Chatwoot handles it.
        throw new ChatwootUnavailableError(detail, 429, 'no');
      if (response.status >= 500)
        // A 5xx, or a proxy's 502/504, can come after Chatwoot created the message.
        throw new ChatwootUnavailableError(detail, response.status, 'unknown');
      throw new ChatwootRefusedError(detail, response.status);
    }
    try {
      return {
        status: response.status,
        json: (text ? JSON.parse(text) : {}) as T,
      };
    } catch {
      throw new ChatwootUnavailableError(
        `${call}: HTTP ${response.status} with a body that is not JSON`,
        response.status,
        'unknown',
      );
    }
  }
}

const conversationPath = (conversationId: number, action: string) =>
  `conversations/${conversationId}/${action}`;
