// The operations endpoints both apps serve: /health/live (process up), /health (readiness) and /metrics (Prometheus).
import { once } from 'node:events';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { checkHealth, type ComponentCheck } from './health.js';

/** Answers an ops request and returns true, or returns false for any other path. */
export type OpsHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export function createOpsHandler(
  checks: Record<string, ComponentCheck>,
  registry: Registry,
): OpsHandler {
  return (req, res) => {
    if (req.method !== 'GET') return false;
    const send = (status: number, body: string, type = 'application/json') => {
      res
        .writeHead(status, {
          'content-type': type,
          'cache-control': 'no-store',
        })
        .end(body);
    };
    switch (new URL(req.url ?? '/', 'http://localhost').pathname) {
      case '/health/live':
        send(200, JSON.stringify({ status: 'ok' }));
        return true;
      case '/health':
        checkHealth(checks).then((report) =>
          send(report.status === 'ok' ? 200 : 503, JSON.stringify(report)),
        );
        return true;
      case '/metrics':
        registry.metrics().then(
          (text) => send(200, text, registry.contentType),
          (error: Error) => send(500, JSON.stringify({ error: error.message })),
        );
        return true;
      default:
        return false;
    }
  };
}

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/** A standalone HTTP port serving only the ops endpoints (for processes without an HTTP API). */
export async function startOpsServer(
  port: number,
  handler: OpsHandler,
): Promise<OpsServer> {
  const server = createServer((req, res) => {
    if (!handler(req, res))
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"error":"not found"}');
  });
  server.listen(port);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
