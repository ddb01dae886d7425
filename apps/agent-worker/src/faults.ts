// Test-only fault injection: the process kills itself with SIGKILL the first time it reaches the configured point.
import type { FaultPoint } from '@atrevete/config';

/** A no-op unless `armed` names a point (only possible with NODE_ENV=test, enforced by the config). */
export function faultInjector(
  armed: FaultPoint | undefined,
): (point: FaultPoint) => void {
  return (point) => {
    if (point === armed) process.kill(process.pid, 'SIGKILL');
  };
}
