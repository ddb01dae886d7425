// Process lifecycle shared by both apps: start, log why start-up failed, and shut down in order on SIGTERM/SIGINT within a bound.
import type { Logger } from 'pino';

export interface Stoppable {
  close(): Promise<void>;
}

/**
 * Runs `start`; on SIGTERM or SIGINT closes what it returned, exiting 0, or 1 if closing fails
 * or takes longer than `timeoutMs`. A start-up failure prints its message (no secrets) and exits 1.
 */
export function runProcess(
  name: string,
  start: () => Promise<{
    running: Stoppable;
    logger: Logger;
    timeoutMs: number;
  }>,
): void {
  start().then(
    ({ running, logger, timeoutMs }) => {
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        const hardStop = setTimeout(() => {
          logger.error({ timeoutMs }, 'shutdown took too long; exiting');
          process.exit(1);
        }, timeoutMs);
        hardStop.unref();
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
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    },
    (error: unknown) => {
      const message =
        error instanceof Error && error.name === 'ConfigError'
          ? error.message
          : String((error as Error)?.stack ?? error);
      process.stderr.write(`${name} failed to start: ${message}\n`);
      process.exit(1);
    },
  );
}
