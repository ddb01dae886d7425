// A TCP proxy a test puts between an app and a server, to make that server unreachable (refused or hanging) or slow for that app only.
import { once } from 'node:events';
import { type Server, type Socket, connect, createServer } from 'node:net';

/** forward: a plain proxy; refuse: every connection is reset at once; hang: connections are accepted and never answered. */
export type ProxyMode = 'forward' | 'refuse' | 'hang';

export interface TcpProxy {
  port: number;
  readonly mode: ProxyMode;
  /** Switches mode; any change drops the connections open so far, as a network failure would. */
  setMode(mode: ProxyMode): void;
  /**
   * From now on, every chunk of a forwarded connection, either way, arrives `ms` later (0: at once,
   * after those still in flight). Open connections stay open: a slow network, not a broken one.
   */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: {
  host: string;
  port: number;
}): Promise<TcpProxy> {
  let mode: ProxyMode = 'forward';
  let latencyMs = 0;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => undefined);
  };

  const server: Server = createServer((client) => {
    track(client);
    if (mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    if (mode === 'hang') return;
    const upstream = connect(target.port, target.host);
    track(upstream);
    relay(client, upstream, () => latencyMs);
    relay(upstream, client, () => latencyMs);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  return {
    port: (server.address() as { port: number }).port,
    get mode() {
      return mode;
    },
    setMode(next) {
      mode = next;
      for (const socket of [...open]) socket.destroy();
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    close() {
      for (const socket of [...open]) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Copies `from` to `to`, each chunk due `latency()` ms after it arrived and never before an earlier one. */
function relay(from: Socket, to: Socket, latency: () => number): void {
  const due: Array<{ at: number; chunk: Buffer }> = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    while (due.length > 0 && due[0].at <= Date.now()) {
      const { chunk } = due.shift() as { chunk: Buffer };
      if (!to.destroyed) to.write(chunk);
    }
    if (due.length > 0) timer = setTimeout(flush, due[0].at - Date.now());
  };
  from.on('data', (chunk: Buffer) => {
    const last = due.at(-1)?.at ?? 0;
    due.push({ at: Math.max(Date.now() + latency(), last), chunk });
    if (!timer) flush();
  });
  from.once('close', () => clearTimeout(timer));
}

/** The Postgres server the tests use (TEST_DATABASE_URL's host and port). */
const POSTGRES_SERVER = new URL(
  process.env['TEST_DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/postgres',
);

/** A proxy in front of the tests' Postgres server, and a way to point a database URL through it. */
export async function startPostgresProxy(): Promise<
  TcpProxy & { through(databaseUrl: string): string }
> {
  const proxy = await startTcpProxy({
    host: POSTGRES_SERVER.hostname,
    port: Number(POSTGRES_SERVER.port || 5432),
  });
  return Object.assign(proxy, {
    through(databaseUrl: string) {
      const proxied = new URL(databaseUrl);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(proxy.port);
      return proxied.toString();
    },
  });
}
