// The Chatwoot REST calls the bot makes (shared/CHATWOOT.md), with failures classified as retryable or final.
export class ChatwootApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null when the request never got an answer. */
    readonly status: number | null,
    /** 429, 5xx and network errors are worth retrying; other 4xx are final. */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ChatwootApiError';
  }
}

export interface ChatwootClientOptions {
  baseUrl: string;
  apiToken: string;
  /** Chatwoot's own webhooks wait 5 s; our calls should not wait much longer. */
  timeoutMs?: number;
}

export interface PostedMessage {
  id: number;
}

export type ConversationStatus = 'open' | 'pending' | 'resolved' | 'snoozed';

export class ChatwootClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ChatwootClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** A reply the customer sees, or with `private: true` a note only staff see. */
  async postMessage(
    accountId: number,
    conversationId: number,
    content: string,
    opts: { private?: boolean } = {},
  ): Promise<PostedMessage> {
    const body = {
      content,
      message_type: 'outgoing',
      private: opts.private ?? false,
    };
    const posted = await this.request<{ id: number }>(
      'POST',
      accountId,
      conversationId,
      'messages',
      body,
    );
    return { id: posted.id };
  }

  async toggleStatus(
    accountId: number,
    conversationId: number,
    status: ConversationStatus,
  ): Promise<void> {
    await this.request('POST', accountId, conversationId, 'toggle_status', {
      status,
    });
  }

  /** POST replaces the whole list, so read first and send the union. */
  async addLabels(
    accountId: number,
    conversationId: number,
    labels: string[],
  ): Promise<void> {
    const current = await this.request<{ payload?: string[] }>(
      'GET',
      accountId,
      conversationId,
      'labels',
    );
    const union = [...new Set([...(current.payload ?? []), ...labels])];
    await this.request('POST', accountId, conversationId, 'labels', {
      labels: union,
    });
  }

  private async request<T = unknown>(
    method: 'GET' | 'POST',
    accountId: number,
    conversationId: number,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const url = `${this.baseUrl}/api/v1/accounts/${accountId}/conversations/${conversationId}/${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          api_access_token: this.options.apiToken,
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new ChatwootApiError(
        `${method} ${path}: ${(error as Error).message}`,
        null,
        true,
      );
    }
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      const retryable = response.status === 429 || response.status >= 500;
      throw new ChatwootApiError(
        `${method} ${path}: HTTP ${response.status} ${detail}`,
        response.status,
        retryable,
      );
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : {}) as T;
  }
}
