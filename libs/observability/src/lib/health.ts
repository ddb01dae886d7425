// Readiness checks shared by both apps: each component answers within a bound or counts as down.
export type ComponentCheck = () => Promise<void>;

export interface HealthReport {
  status: 'ok' | 'degraded';
  components: Record<string, { status: 'ok' | 'down'; error?: string }>;
}

/** Whether a process in this state should get traffic (readiness: 200), whatever is degraded. */
export type Readiness = (components: HealthReport['components']) => boolean;

/** Ready only with every component up: a process that cannot work without any of them. */
export const everyComponentUp: Readiness = (components) =>
  Object.values(components).every((c) => c.status === 'ok');

/** Ready while any component is up: a process that falls back from one to another. */
export const anyComponentUp: Readiness = (components) =>
  Object.values(components).some((c) => c.status === 'ok');

/** A check that takes longer than this is as good as down for a load balancer. */
const CHECK_TIMEOUT_MS = 1500;

export async function checkHealth(
  checks: Record<string, ComponentCheck>,
): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS);
        return [name, { status: 'ok' as const }] as const;
      } catch (error) {
        return [
          name,
          { status: 'down' as const, error: (error as Error).message },
        ] as const;
      }
    }),
  );
  const components = Object.fromEntries(entries);
  const status = everyComponentUp(components) ? 'ok' : 'degraded';
  return { status, components };
}

/** Rejects when `promise` has not settled within `ms` (the promise itself runs on). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
