// A fake Chatwoot: a real HTTP server on a loopback port that records what the bot sends; for tests and the local demo.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  accountId: number;
  conversationId: number;
  action: string;
  token: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeChatwoot {
  url: string;
  requests: RecordedRequest[];
  /** Customer-visible replies (`messages`, not private). */
  replies(): RecordedRequest[];
  /** Resolves once `count` replies have arrived (or rejects after `timeoutMs`). */
  waitForReplies(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** The next `times` requests are answered with this status (e.g. 500 or 429) instead of success. */
  failNext(status: number, times?: number): void;
  onReply?: (request: RecordedRequest) => void;
  close(): Promise<void>;
}

const ROUTE = /^\/api\/v1\/accounts\/(\d+)\/conversations\/(\d+)\/([a-z_]+)$/;

export async function startFakeChatwoot(port = 0): Promise<FakeChatwoot> {
  const requests: RecordedRequest[] = [];
  const labels = new Map<number, string[]>();
  const waiters = new Set<() => void>();
  let failures: { status: number; left: number } | null = null;
  let nextId = 10_000;

  const replies = () =>
    requests.filter(
      (r) =>
        r.action === 'messages' && r.method === 'POST' && !r.body['private'],
    );

  const fake: FakeChatwoot = {
    url: '',
    requests,
    replies,
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
    close: () => close(server),
  };

  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = ROUTE.exec(path);
    const body = await readJson(req);
    if (!match) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"error":"not found"}');
      return;
    }
    if (failures && failures.left > 0) {
      failures.left -= 1;
      res
        .writeHead(failures.status, { 'content-type': 'application/json' })
        .end('{"error":"injected"}');
      return;
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      accountId: Number(match[1]),
      conversationId: Number(match[2]),
      action: match[3],
      token: req.headers['api_access_token'] as string | undefined,
      body,
    };
    requests.push(record);
    const reply = answer(record);
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(reply));
    if (record.action === 'messages' && !body['private'])
      fake.onReply?.(record);
    for (const waiter of [...waiters]) waiter();
  });

  function answer(r: RecordedRequest): unknown {
    switch (r.action) {
      case 'messages':
        return {
          id: nextId++,
          content: r.body['content'],
          message_type: 1,
          private: r.body['private'] ?? false,
        };
      case 'labels':
        if (r.method === 'POST')
          labels.set(r.conversationId, (r.body['labels'] as string[]) ?? []);
        return { payload: labels.get(r.conversationId) ?? [] };
      case 'toggle_status':
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

  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
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
