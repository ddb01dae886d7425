// A fake Chatwoot: a real HTTP server on a loopback port that records what the bot sends and, like Chatwoot, echoes the bot's messages to its webhook.
import { once } from 'node:events';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CreatedMessage,
  type EchoDelivery,
  type EchoTarget,
  deliverEcho,
} from './echo.js';

export interface RecordedRequest {
  method: string;
  path: string;
  accountId: number;
  conversationId: number;
  action: string;
  token: string | undefined;
  body: Record<string, unknown>;
  /** When it arrived (ms since the epoch). */
  receivedAt: number;
  /** The id Chatwoot gave the message, for a created message. */
  messageId?: number;
}

/**
 * How the answer to a created message goes wrong, so that the bot cannot tell it landed: an answer
 * slower than the client waits, a proxy's 502/504, or a 2xx whose body does not parse.
 */
export type FailureAfterCreating =
  | { kind: 'slow'; delayMs: number }
  | { kind: 'gateway'; status: 502 | 504 }
  | { kind: 'garbled' };

export interface FakeChatwootOptions {
  port?: number;
  /** Echo each created message to this webhook, as Chatwoot does; `echoTo` sets it later. */
  echo?: EchoTarget;
}

export interface FakeChatwoot {
  url: string;
  requests: RecordedRequest[];
  /** Customer-visible replies (`messages`, not private; and the first message of a started conversation). */
  replies(): RecordedRequest[];
  /** Resolves once `count` replies have arrived (or rejects after `timeoutMs`). */
  waitForReplies(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** The next `times` requests are answered with this status (e.g. 500, 429 or 422); nothing is created. */
  failNext(status: number, times?: number): void;
  /** The next `times` posted messages are created (and echoed), then answered this way. */
  failAfterCreating(failure: FailureAfterCreating, times?: number): void;
  /** Where created messages are echoed from now on; null stops echoing. */
  echoTo(target: EchoTarget | null): void;
  /** The echoes delivered so far, in order. */
  echoes: EchoDelivery[];
  onReply?: (request: RecordedRequest) => void;
  /** Stops the server; echoes in flight finish first. */
  close(): Promise<void>;
}

const ROUTE = /^\/api\/v1\/accounts\/(\d+)\/conversations\/(\d+)\/([a-z_]+)$/;
/** Starting a conversation (with its first message): recorded with the action `start_conversation`. */
const START_ROUTE = /^\/api\/v1\/accounts\/(\d+)\/conversations$/;
type Status = CreatedMessage['conversationStatus'];

export async function startFakeChatwoot(
  options: FakeChatwootOptions = {},
): Promise<FakeChatwoot> {
  const requests: RecordedRequest[] = [];
  const labels = new Map<number, string[]>();
  const statuses = new Map<number, Status>();
  const waiters = new Set<() => void>();
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let failures: { status: number; left: number } | null = null;
  let afterCreating: { failure: FailureAfterCreating; left: number } | null =
    null;
  let echoTarget = options.echo ?? null;
  let nextId = 10_000;
  let nextConversationId = 90_000;

  const replies = () =>
    requests.filter(
      (r) =>
        (r.action === 'messages' &&
          r.method === 'POST' &&
          !r.body['private']) ||
        r.action === 'start_conversation',
    );

  const fake: FakeChatwoot = {
    url: '',
    requests,
    replies,
    echoes: [],
    waitForReplies(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (replies().length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(replies());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `expected ${count} replies within ${timeoutMs} ms, got ${replies().length}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    failNext(status, times = 1) {
      failures = { status, left: times };
    },
    failAfterCreating(failure, times = 1) {
      afterCreating = { failure, left: times };
    },
    echoTo(target) {
      echoTarget = target;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(inFlight);
      await close(server);
    },
  };

  const echo = (message: CreatedMessage) => {
    if (!echoTarget) return;
    const delivery = deliverEcho(echoTarget, message).then((done) => {
      fake.echoes.push(done);
      inFlight.delete(delivery);
    });
    inFlight.add(delivery);
  };

  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const body = await readJson(req);
    const start = req.method === 'POST' ? START_ROUTE.exec(path) : null;
    const match: readonly string[] | null = start
      ? [path, start[1], String(nextConversationId++), 'start_conversation']
      : ROUTE.exec(path);
    if (!match) return json(res, 404, { error: 'not found' });
    if (failures && failures.left > 0) {
      failures.left -= 1;
      return json(res, failures.status, { error: 'injected' });
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      accountId: Number(match[1]),
      conversationId: Number(match[2]),
      action: match[3],
      token: req.headers['api_access_token'] as string | undefined,
      body,
      receivedAt: Date.now(),
    };
    requests.push(record);
    const created =
      (record.action === 'messages' && record.method === 'POST') ||
      record.action === 'start_conversation';
    const message = created ? createMessage(record) : null;
    if (message && !message.private) fake.onReply?.(record);
    for (const waiter of [...waiters]) waiter();

    const failure = message ? takeFailure() : null;
    if (!message || !failure) {
      json(res, 200, answer(record, message));
      // Chatwoot delivers the webhook from a background job, after the API has answered.
      if (message) echo(message);
      return;
    }
    echo(message);
    switch (failure.kind) {
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          json(res, 200, answer(record, message));
        }, failure.delayMs);
        timers.add(timer);
        return;
      }
      case 'gateway':
        res
          .writeHead(failure.status, { 'content-type': 'text/html' })
          .end(`<html><body><h1>${failure.status}</h1></body></html>`);
        return;
      case 'garbled':
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(`{"id":${message.id},"content":`);
        return;
    }
  });

  function takeFailure(): FailureAfterCreating | null {
    if (!afterCreating || afterCreating.left <= 0) return null;
    afterCreating.left -= 1;
    return afterCreating.failure;
  }

  function createMessage(r: RecordedRequest): CreatedMessage {
    r.messageId = nextId++;
    // Starting a conversation creates its first message from `message`.
    const body =
      r.action === 'start_conversation'
        ? ((r.body['message'] ?? {}) as Record<string, unknown>)
        : r.body;
    const attributes = body['content_attributes'];
    return {
      id: r.messageId,
      accountId: r.accountId,
      conversationId: r.conversationId,
      content: String(body['content'] ?? ''),
      private: body['private'] === true,
      contentAttributes:
        attributes && typeof attributes === 'object'
          ? (attributes as Record<string, unknown>)
          : {},
      conversationStatus: statuses.get(r.conversationId) ?? 'pending',
    };
  }

  function answer(r: RecordedRequest, message: CreatedMessage | null): unknown {
    if (r.action === 'start_conversation')
      return {
        id: r.conversationId,
        inbox_id: r.body['inbox_id'],
        status: 'pending',
      };
    if (message)
      return {
        id: message.id,
        content: message.content,
        message_type: 1,
        private: message.private,
        content_attributes: message.contentAttributes,
      };
    switch (r.action) {
      case 'labels':
        if (r.method === 'POST')
          labels.set(r.conversationId, (r.body['labels'] as string[]) ?? []);
        return { payload: labels.get(r.conversationId) ?? [] };
      case 'toggle_status':
        statuses.set(r.conversationId, r.body['status'] as Status);
        return {
          payload: {
            success: true,
            current_status: r.body['status'],
            conversation_id: r.conversationId,
          },
        };
      default:
        return {};
    }
  }

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res
    .writeHead(status, { 'content-type': 'application/json' })
    .end(JSON.stringify(body));
}

async function readJson(
  req: IncomingMessage,
): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return { raw: text };
  }
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
