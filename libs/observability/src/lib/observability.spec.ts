import { Writable } from 'node:stream';
import { pino } from 'pino';
import { anyComponentUp, checkHealth } from './health.js';
import { createLogger, serializeError } from './logger.js';
import { createRegistry, createWorkerMetrics } from './metrics.js';
import {
  createHealthHandler,
  createMetricsHandler,
  createOpsHandler,
  startOpsServer,
} from './ops-endpoints.js';

describe('checkHealth', () => {
  it('is ok when every component answers, degraded naming the ones that do not', async () => {
    expect(await checkHealth({ postgres: async () => undefined })).toEqual({
      status: 'ok',
      components: { postgres: { status: 'ok' } },
    });
    const report = await checkHealth({
      postgres: async () => undefined,
      redis: () => Promise.reject(new Error('ECONNREFUSED')),
    });
    expect(report).toEqual({
      status: 'degraded',
      components: {
        postgres: { status: 'ok' },
        redis: { status: 'down', error: 'ECONNREFUSED' },
      },
    });
  });

  it('counts a component that hangs as down', async () => {
    const report = await checkHealth({
      redis: () => new Promise(() => undefined),
    });
    expect(report.components['redis']).toEqual({
      status: 'down',
      error: expect.stringMatching(/no answer/),
    });
  });
});

describe('createLogger', () => {
  function capture(level: string) {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ name: 'test', level }, sink);
    return { logger, lines };
  }

  it('never writes phone numbers or tokens, nor message bodies unless debugging', () => {
    const { logger, lines } = capture('info');
    logger.info(
      {
        message: { senderPhone: '+34612345678', content: 'me llamo Laura' },
        token: 'secret-token',
      },
      'turn',
    );
    const text = lines.join('');
    expect(text).not.toContain('612345678');
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('Laura');
    expect(text).toContain('[redacted]');
  });

  it("never writes a contact's name, wherever it sits", () => {
    const { logger, lines } = capture('debug');
    logger.warn(
      {
        senderName: 'Laura Pérez',
        message: { senderName: 'Laura Pérez', messageId: 7 },
        payload: { sender: { name: 'Laura Pérez', id: 3 } },
        dialogue: { draft: { customerName: 'Laura Pérez' } },
      },
      'rejected',
    );
    const [line] = lines.map((l) => JSON.parse(l));
    expect(JSON.stringify(line)).not.toContain('Laura');
    expect(line).toMatchObject({
      message: { senderName: '[redacted]', messageId: 7 },
      payload: { sender: { name: '[redacted]', id: 3 } },
      name: 'test',
    });
  });

  it('shows message bodies at debug level, still hiding phone numbers', () => {
    const { logger, lines } = capture('debug');
    logger.debug(
      { message: { senderPhone: '+34612345678', content: 'hola' } },
      'turn',
    );
    expect(lines.join('')).toContain('hola');
    expect(lines.join('')).not.toContain('612345678');
  });

  it('writes JSON lines with the service name', () => {
    const { logger, lines } = capture('info');
    logger.info('started');
    expect(JSON.parse(lines[0])).toMatchObject({
      service: 'test',
      msg: 'started',
      level: 30,
    });
    expect(pino.levels.values['info']).toBe(30);
  });
});

describe('ops endpoints', () => {
  it('serve liveness, readiness and Prometheus metrics over HTTP', async () => {
    const registry = createRegistry('test', false);
    createWorkerMetrics(registry).turns.inc({
      outcome: 'answered',
      intent: 'greeting',
    });
    let redisUp = true;
    const server = await startOpsServer(
      0,
      createOpsHandler(
        {
          redis: async () => {
            if (!redisUp) throw new Error('down');
          },
        },
        registry,
      ),
    );
    const get = (path: string) =>
      fetch(`http://127.0.0.1:${server.port}${path}`);
    try {
      expect(await (await get('/health/live')).json()).toEqual({
        status: 'ok',
      });
      expect((await get('/health')).status).toBe(200);
      const metrics = await (await get('/metrics')).text();
      expect(metrics).toMatch(
        /atrevete_turns_total\{outcome="answered",intent="greeting",app="test"\} 1/,
      );
      expect((await get('/nope')).status).toBe(404);
      redisUp = false;
      const degraded = await get('/health');
      expect(degraded.status).toBe(503);
      expect(await degraded.json()).toMatchObject({
        status: 'degraded',
        components: { redis: { status: 'down' } },
      });
    } finally {
      await server.close();
    }
  });
});

describe('readiness', () => {
  const serve = (ready?: typeof anyComponentUp) =>
    startOpsServer(
      0,
      createHealthHandler(
        {
          postgres: async () => undefined,
          redis: () => Promise.reject(new Error('ECONNREFUSED')),
        },
        ready,
      ),
    );

  it('is not ready with a component down, unless the process can work with any one of them', async () => {
    for (const [ready, status] of [
      [undefined, 503],
      [anyComponentUp, 200],
    ] as const) {
      const server = await serve(ready);
      try {
        const res = await fetch(`http://127.0.0.1:${server.port}/health`);
        expect(res.status).toBe(status);
        expect(await res.json()).toMatchObject({
          status: 'degraded',
          components: { postgres: { status: 'ok' }, redis: { status: 'down' } },
        });
      } finally {
        await server.close();
      }
    }
  });

  it('is not ready when every component is down, even if any one would do', async () => {
    const server = await startOpsServer(
      0,
      createHealthHandler(
        { redis: () => Promise.reject(new Error('ECONNREFUSED')) },
        anyComponentUp,
      ),
    );
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/health`);
      expect(res.status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('serves metrics alone on a port of their own', async () => {
    const registry = createRegistry('test', false);
    const server = await startOpsServer(0, createMetricsHandler(registry));
    try {
      const get = (path: string) =>
        fetch(`http://127.0.0.1:${server.port}${path}`);
      expect((await get('/metrics')).status).toBe(200);
      expect((await get('/health')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('serializeError', () => {
  it('drops the bound parameters a failed query carries', () => {
    const error = Object.assign(
      new Error(
        'Failed query: insert into "inbound_messages" values ($1, $2)\nparams: 501,+34600111222',
      ),
      {
        params: [501, '+34600111222'],
        cause: Object.assign(new Error('connection refused'), {
          code: 'ECONNREFUSED',
        }),
      },
    );
    const text = JSON.stringify(serializeError(error));
    expect(text).not.toContain('600111222');
    expect(text).toContain('Failed query: insert into');
    expect(text).toContain('ECONNREFUSED');
  });
});
