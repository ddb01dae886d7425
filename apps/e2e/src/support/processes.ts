// Starts the built apps as real processes (as docker compose or `npm run start:*` would) and stops them like an orchestrator.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
export const appDist = (app: 'webhook-api' | 'agent-worker' | 'console') =>
  path.join(WORKSPACE_ROOT, 'apps', app, 'dist');

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface AppProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code, or the signal that ended the process. */
  exited: Promise<number | string>;
  /** SIGTERM, then the exit code (or the signal that ended it). */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** A built app's main.js, started from its folder with only these variables (and PATH). */
export function startApp(cwd: string, env: Record<string, string>): AppProcess {
  return spawnNode(['main.js'], cwd, env);
}

/** `node <args>` in `cwd`, its output captured; e.g. with flags such as --cpu-prof before main.js. */
export function spawnNode(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): AppProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(
    ([code, signal]) => (code ?? signal) as number | string,
  );
  return {
    child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (isRunning(child)) child.kill(signal);
      return exited;
    },
  };
}

const isRunning = (child: ChildProcess) =>
  child.exitCode === null && child.signalCode === null;

/** Stops an app for cleanup: SIGTERM, and SIGKILL if it has not exited within `graceMs`. */
export async function terminate(
  app: AppProcess | undefined,
  graceMs = 10_000,
): Promise<void> {
  if (!app) return;
  const timer = setTimeout(() => {
    if (isRunning(app.child)) app.child.kill('SIGKILL');
  }, graceMs);
  await app.stop('SIGTERM');
  clearTimeout(timer);
}

/** The exit code or signal of an app expected to end by itself, or a failure after `timeoutMs`. */
export async function waitForExit(
  app: AppProcess,
  timeoutMs: number,
): Promise<number | string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `app still running after ${timeoutMs} ms:\n${app.output()}`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([app.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls a URL until it answers 200, or fails with the app's output. */
export async function waitForHealthy(
  url: string,
  app: AppProcess,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(app.child))
      throw new Error(
        `app exited (${app.child.exitCode ?? app.child.signalCode}):\n${app.output()}`,
      );
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${url} not healthy within ${timeoutMs} ms:\n${app.output()}`,
  );
}
