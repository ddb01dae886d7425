// An open-loop load generator for the benchmarks: requests leave at a steady rate whatever the server's latency
// (autocannon's rate limit sends each second's quota back-to-back, which measures its own bursts).
import http from 'node:http';

export interface PacedRequest {
  headers: Record<string, string>;
  body: string;
}

export interface PacedOptions {
  /** Loopback URL of the endpoint (POST). */
  url: string;
  rate: number;
  durationS: number;
  request(index: number): PacedRequest;
  /** Called as each response completes; `due` is when the request was scheduled to leave. */
  onResponse?(
    index: number,
    status: number,
    body: string,
    due: number,
    done: number,
  ): void;
  timeoutMs?: number;
}

export interface PacedResult {
  sent: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** From the scheduled send time to the end of the response, so a slow server cannot hide behind a slower sender. */
  latenciesMs: number[];
  durationS: number;
}

export function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const total = Math.max(1, Math.round(options.rate * options.durationS));
  const intervalMs = 1000 / options.rate;
  // As many sockets as a second of traffic could need: the rate, not the socket count, limits the load.
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: Math.max(8, Math.ceil(options.rate)),
  });
  const result: PacedResult = {
    sent: 0,
    ok: 0,
    non2xx: 0,
    errors: 0,
    latenciesMs: [],
    durationS: 0,
  };
  const started = performance.now();
  let finished = 0;

  return new Promise((resolve) => {
    const complete = () => {
      finished += 1;
      if (finished < total) return;
      result.durationS = (performance.now() - started) / 1000;
      agent.destroy();
      resolve(result);
    };

    const send = (index: number, due: number) => {
      const { headers, body } = options.request(index);
      result.sent += 1;
      let settled = false;
      const request = http.request(
        options.url,
        {
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          timeout: options.timeoutMs ?? 10_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            if (settled) return;
            settled = true;
            const done = performance.now();
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              result.ok += 1;
              result.latenciesMs.push(done - due);
            } else {
              result.non2xx += 1;
            }
            options.onResponse?.(
              index,
              status,
              Buffer.concat(chunks).toString('utf8'),
              due,
              done,
            );
            complete();
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', () => {
        if (settled) return;
        settled = true;
        result.errors += 1;
        complete();
      });
      request.end(body);
    };

    let scheduled = 0;
    const tick = () => {
      const now = performance.now();
      while (scheduled < total && started + scheduled * intervalMs <= now) {
        send(scheduled, started + scheduled * intervalMs);
        scheduled += 1;
      }
      if (scheduled < total) {
        const wait = started + scheduled * intervalMs - performance.now();
        setTimeout(tick, Math.max(0, wait));
      }
    };
    tick();
  });
}
