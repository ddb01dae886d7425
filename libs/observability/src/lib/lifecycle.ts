// Process lifecycle shared by both apps: start, log why start-up failed, and shut down in order on SIGTERM/SIGINT within a bound.
import type { Logger } from 'pino';

export interface Stoppable {
  close(): Promise<void>;
}

export interface Started {
  running: Stoppable;
  logger: Logger;
  /** Closing longer than this exits 1 anyway; keep it below the orchestrator's kill grace. */
  timeoutMs: number;
}

/**
 * Runs `start`; on SIGTERM or SIGINT closes what it returned and exits 0 (1 if closing fails or
 * outlasts `timeoutMs`). A signal during start-up (migrations, waiting for Redis) exits at once:
 * nothing has been taken from a queue yet. A start-up failure prints its message and exits 1.
 */
export function runProcess(name: string, start: () => Promise<Started>): void {
  let started: Started | undefined;
  let stopping = false;

  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!started) {
      process.stderr.write(`${name}: ${signal} during start-up; exiting\n`);
      process.exit(0);
    }
    const { running, logger, timeoutMs } = started;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, timeoutMs).unref();
    running.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  start().then(
    (value) => {
      started = value;
    },
    (error: unknown) => {
      const isConfig = error instanceof Error && error.name === 'ConfigError';
      const message = isConfig
        ? error.message
        : String((error as Error)?.stack ?? error);
      process.stderr.write(`${name} failed to start: ${message}\n`);
      process.exit(1);
    },
  );
}
