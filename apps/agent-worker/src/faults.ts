// Test-only fault injection: the process kills (or freezes) itself the first time it reaches the configured point, or a turn throws.
import type { FaultPoint } from '@atrevete/config';

export class InjectedFaultError extends Error {
  constructor(point: FaultPoint) {
    super(`fault injected at ${point}`);
    this.name = 'InjectedFaultError';
  }
}

/** A no-op unless `armed` names a point (only possible with NODE_ENV=test, enforced by the config). */
export function faultInjector(
  armed: FaultPoint | undefined,
): (point: FaultPoint) => void {
  let reached = false;
  return (point) => {
    if (point !== armed) return;
    // Every time: a poison message fails each attempt of its turn.
    if (point === 'in-graph') throw new InjectedFaultError(point);
    if (reached) return;
    reached = true;
    // SIGSTOP stops the whole process at once, timers and sockets included, as a long GC pause
    // or a starved VM would; the test resumes it with SIGCONT.
    process.kill(
      process.pid,
      point.startsWith('freeze') ? 'SIGSTOP' : 'SIGKILL',
    );
  };
}
