// A TCP proxy a test puts between an app and a server, to make that server unreachable (refused or hanging) for that app only.
import { once } from 'node:events';
import { type Server, type Socket, connect, createServer } from 'node:net';

/** forward: a plain proxy; refuse: every connection is reset at once; hang: connections are accepted and never answered. */
export type ProxyMode = 'forward' | 'refuse' | 'hang';

export interface TcpProxy {
  port: number;
  readonly mode: ProxyMode;
  /** Switches mode; any change drops the connections open so far, as a network failure would. */
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: {
  host: string;
  port: number;
}): Promise<TcpProxy> {
  let mode: ProxyMode = 'forward';
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
    client.pipe(upstream).pipe(client);
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
    close() {
      for (const socket of [...open]) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
