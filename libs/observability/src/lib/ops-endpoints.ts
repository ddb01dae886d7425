// The operations endpoints both apps serve: /health/live (process up), /health (readiness) and /metrics (Prometheus).
import { once } from 'node:events';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import {
  checkHealth,
  everyComponentUp,
  type ComponentCheck,
  type Readiness,
} from './health.js';

/** Answers an ops request and returns true, or returns false for any other path. */
export type OpsHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** /health/live (the process answers) and /health (readiness: 200 when `ready`, else 503, with every component's state). */
export function createHealthHandler(
  checks: Record<string, ComponentCheck>,
  ready: Readiness = everyComponentUp,
): OpsHandler {
  return (req, res) => {
    switch (opsPath(req)) {
      case '/health/live':
        send(res, 200, JSON.stringify({ status: 'ok' }));
        return true;
      case '/health':
        checkHealth(checks).then((report) =>
          send(
            res,
            ready(report.components) ? 200 : 503,
            JSON.stringify(report),
          ),
        );
        return true;
      default:
        return false;
    }
  };
}

/** /metrics in Prometheus's text format. */
export function createMetricsHandler(registry: Registry): OpsHandler {
  return (req, res) => {
    if (opsPath(req) !== '/metrics') return false;
    registry.metrics().then(
      (text) => send(res, 200, text, registry.contentType),
      (error: Error) =>
        send(res, 500, JSON.stringify({ error: error.message })),
    );
    return true;
  };
}

/** Health and metrics on one port (a process without a public HTTP API). */
export function createOpsHandler(
  checks: Record<string, ComponentCheck>,
  registry: Registry,
  ready?: Readiness,
): OpsHandler {
  const health = createHealthHandler(checks, ready);
  const metrics = createMetricsHandler(registry);
  return (req, res) => health(req, res) || metrics(req, res);
}

/** The path of a GET request, or undefined for any other method. */
function opsPath(req: IncomingMessage): string | undefined {
  if (req.method !== 'GET') return undefined;
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'application/json',
): void {
  res
    .writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
    .end(body);
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
