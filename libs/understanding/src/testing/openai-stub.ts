// A real HTTP stand-in for an OpenAI-compatible chat completions API: records requests, answers from a script.
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  completionBody,
  errorBody,
  type ChatCompletionRequestBody,
} from './openai-wire.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: ChatCompletionRequestBody;
}

/** What the stub does with one request. */
export type StubBehaviour =
  /** Answers `output` as JSON the way the request asked: a tool call if it forced a tool, else the message content. */
  | { kind: 'structured'; output: unknown }
  /** Answers text that is not JSON (default: a truncated object) in the channel the request asked for. */
  | { kind: 'malformed'; text?: string }
  /** Waits, then behaves as `then`; nothing is sent if the client gave up meanwhile. */
  | { kind: 'delay'; ms: number; then: StubBehaviour }
  /** An HTTP error with an OpenAI-style body `{ error: { message, type, param, code } }`. */
  | {
      kind: 'error';
      status: number;
      message?: string;
      type?: string;
      code?: string;
    }
  /** Destroys the socket without an answer. */
  | { kind: 'close' };

export type BehaviourFn = (
  request: RecordedRequest,
) => StubBehaviour | Promise<StubBehaviour>;

export interface OpenAiStubOptions {
  /** What to do when the script is empty: a behaviour or a function of the request. Default: a 503 error. */
  defaultBehaviour?: StubBehaviour | BehaviourFn;
}

export interface OpenAiStub {
  /** The base URL a client is given, ending in /v1 ("http://127.0.0.1:41234/v1"). */
  readonly baseUrl: string;
  /** Every chat completions request received, in order. */
  readonly requests: RecordedRequest[];
  /** Adds behaviours to the script; each request takes the next one. */
  enqueue(...behaviours: StubBehaviour[]): void;
  /** Stops the server and drops open connections (also pending delays). Idempotent. */
  close(): Promise<void>;
}

const CHAT_PATHS = new Set(['/v1/chat/completions', '/chat/completions']);

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const json = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function sendError(
  res: ServerResponse,
  behaviour: Extract<StubBehaviour, { kind: 'error' }>,
): void {
  sendJson(res, behaviour.status, errorBody(behaviour.status, behaviour));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the stub on 127.0.0.1 on a free port. */
export async function startOpenAiStub(
  options: OpenAiStubOptions = {},
): Promise<OpenAiStub> {
  const script: StubBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function perform(
    behaviour: StubBehaviour,
    body: ChatCompletionRequestBody,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    switch (behaviour.kind) {
      case 'structured':
        return sendJson(
          res,
          200,
          completionBody(body, JSON.stringify(behaviour.output)),
        );
      case 'malformed':
        return sendJson(
          res,
          200,
          completionBody(body, behaviour.text ?? '{"intents": ["book"'),
        );
      case 'delay':
        await wait(behaviour.ms);
        if (res.destroyed || req.socket.destroyed) return;
        return perform(behaviour.then, body, req, res);
      case 'error':
        return sendError(res, behaviour);
      case 'close':
        req.socket.destroy();
        return;
    }
  }

  async function nextBehaviour(
    request: RecordedRequest,
  ): Promise<StubBehaviour> {
    const scripted = script.shift();
    if (scripted) return scripted;
    const fallback = options.defaultBehaviour;
    if (typeof fallback === 'function') return fallback(request);
    return fallback ?? { kind: 'error', status: 503 };
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST' || !CHAT_PATHS.has(path)) {
      return sendError(res, {
        kind: 'error',
        status: 404,
        message: `No route ${req.method} ${path}`,
      });
    }
    let body: ChatCompletionRequestBody;
    try {
      body = JSON.parse(await readBody(req)) as ChatCompletionRequestBody;
    } catch {
      return sendError(res, {
        kind: 'error',
        status: 400,
        message: 'The body is not JSON.',
      });
    }
    const request = { method: req.method, path, headers: req.headers, body };
    requests.push(request);
    if (body.stream) {
      return sendError(res, {
        kind: 'error',
        status: 400,
        message: 'The stub does not stream.',
      });
    }
    return perform(await nextBehaviour(request), body, req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendError(res, { kind: 'error', status: 500, message: String(error) });
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...behaviours) => script.push(...behaviours),
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
