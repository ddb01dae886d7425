import {
  ConfigError,
  parseAgentWorkerConfig,
  parseWebhookApiConfig,
  redactConfig,
} from './config.js';

const base = {
  DATABASE_URL: 'postgres://user:pw@localhost:5432/atrevete',
  REDIS_URL: 'redis://localhost:6379',
};

describe('webhook-api configuration', () => {
  it('applies the documented defaults', () => {
    const cfg = parseWebhookApiConfig({
      ...base,
      WEBHOOK_TOKEN: 'a-long-enough-token-123',
    });
    expect(cfg).toMatchObject({
      PORT: 8000,
      QUEUE_PREFIX: 'atrevete',
      TURN_DEBOUNCE_MS: 2000,
    });
    expect(cfg.SALON_TIMEZONE).toBe('Europe/Madrid');
  });

  it('names every wrong or missing value', () => {
    const problems = (() => {
      try {
        parseWebhookApiConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty' });
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    })();
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/REDIS_URL/);
    expect(problems).toMatch(/PORT/);
  });

  it('refuses to run unauthenticated in production', () => {
    expect(() =>
      parseWebhookApiConfig({ ...base, NODE_ENV: 'production' }),
    ).toThrow(/CHATWOOT_WEBHOOK_SECRET/);
    // Production is the default: development mode must be asked for.
    expect(() => parseWebhookApiConfig(base)).toThrow(
      /CHATWOOT_WEBHOOK_SECRET/,
    );
    expect(() =>
      parseWebhookApiConfig({ ...base, NODE_ENV: 'development' }),
    ).not.toThrow();
  });

  it('rejects an unknown time zone', () => {
    expect(() =>
      parseWebhookApiConfig({ ...base, SALON_TIMEZONE: 'Mars/Olympus' }),
    ).toThrow(/SALON_TIMEZONE/);
  });

  it('serves metrics on a port of their own and bounds Postgres statements unless told otherwise', () => {
    const cfg = parseWebhookApiConfig({ ...base, NODE_ENV: 'development' });
    expect(cfg).toMatchObject({
      METRICS_PORT: 9464,
      DB_STATEMENT_TIMEOUT_MS: 5000,
    });
    expect(() =>
      parseWebhookApiConfig({
        ...base,
        NODE_ENV: 'development',
        PORT: '8000',
        METRICS_PORT: '8000',
      }),
    ).toThrow(/METRICS_PORT: must differ from PORT/);
  });
});

describe('agent-worker configuration', () => {
  const worker = {
    ...base,
    CHATWOOT_BASE_URL: 'https://chat.example.com',
    CHATWOOT_API_TOKEN: 't',
  };

  it('requires the Chatwoot API settings', () => {
    expect(() => parseAgentWorkerConfig(base)).toThrow(
      /CHATWOOT_BASE_URL[\s\S]*CHATWOOT_API_TOKEN/,
    );
    expect(parseAgentWorkerConfig(worker).HEALTH_PORT).toBe(8001);
  });

  it('keeps ten checkpoints per conversation unless told otherwise, and never fewer than three', () => {
    expect(parseAgentWorkerConfig(worker).CHECKPOINT_KEEP).toBe(10);
    expect(
      parseAgentWorkerConfig({ ...worker, CHECKPOINT_KEEP: '25' })
        .CHECKPOINT_KEEP,
    ).toBe(25);
    expect(() =>
      parseAgentWorkerConfig({ ...worker, CHECKPOINT_KEEP: '2' }),
    ).toThrow(/CHECKPOINT_KEEP/);
  });

  it("leaves the turn jobs' retry budget to the queue unless both apps are told otherwise", () => {
    const unset = parseAgentWorkerConfig(worker);
    expect([unset.TURN_JOB_ATTEMPTS, unset.TURN_JOB_BACKOFF_MS]).toEqual([
      undefined,
      undefined,
    ]);
    const shortened = { TURN_JOB_ATTEMPTS: '3', TURN_JOB_BACKOFF_MS: '100' };
    for (const cfg of [
      parseAgentWorkerConfig({ ...worker, ...shortened }),
      parseWebhookApiConfig({ ...base, NODE_ENV: 'test', ...shortened }),
    ])
      expect(cfg).toMatchObject({
        TURN_JOB_ATTEMPTS: 3,
        TURN_JOB_BACKOFF_MS: 100,
      });
  });

  it('sends the appointment messages due every 30 s unless told otherwise; 0 turns it off', () => {
    const interval = (value?: string) =>
      parseAgentWorkerConfig(
        value === undefined
          ? worker
          : { ...worker, APPOINTMENT_MESSAGES_INTERVAL_MS: value },
      ).APPOINTMENT_MESSAGES_INTERVAL_MS;
    expect(interval()).toBe(30_000);
    expect(interval('0')).toBe(0);
    expect(() => interval('-5')).toThrow(/APPOINTMENT_MESSAGES_INTERVAL_MS/);
  });

  it('waits ten seconds for the echo of a send of unknown outcome unless told otherwise', () => {
    expect(parseAgentWorkerConfig(worker).ECHO_WAIT_MS).toBe(10_000);
    expect(
      parseAgentWorkerConfig({ ...worker, ECHO_WAIT_MS: '1500' }).ECHO_WAIT_MS,
    ).toBe(1500);
    expect(() =>
      parseAgentWorkerConfig({ ...worker, ECHO_WAIT_MS: '-1' }),
    ).toThrow(/ECHO_WAIT_MS/);
  });

  it('wants the three LLM settings together', () => {
    expect(() =>
      parseAgentWorkerConfig({ ...worker, LLM_MODEL: 'gpt' }),
    ).toThrow(/LLM_BASE_URL/);
    expect(
      parseAgentWorkerConfig({
        ...worker,
        LLM_BASE_URL: 'http://localhost:1234/v1',
        LLM_API_KEY: 'k',
        LLM_MODEL: 'm',
      }).LLM_MODEL,
    ).toBe('m');
  });

  it('gives the model 8 seconds unless told otherwise', () => {
    expect(parseAgentWorkerConfig(worker).LLM_TIMEOUT_MS).toBe(8000);
    expect(
      parseAgentWorkerConfig({ ...worker, LLM_TIMEOUT_MS: '2500' })
        .LLM_TIMEOUT_MS,
    ).toBe(2500);
    expect(() =>
      parseAgentWorkerConfig({ ...worker, LLM_TIMEOUT_MS: '0' }),
    ).toThrow(/LLM_TIMEOUT_MS/);
  });

  it('takes a speech-to-text endpoint with its model, the key optional', () => {
    expect(parseAgentWorkerConfig(worker).STT_BASE_URL).toBeUndefined();
    const stt = parseAgentWorkerConfig({
      ...worker,
      STT_BASE_URL: 'http://whisper:8080/v1',
      STT_MODEL: 'whisper-1',
    });
    expect(stt).toMatchObject({
      STT_MODEL: 'whisper-1',
      STT_TIMEOUT_MS: 15_000,
    });
    expect(() =>
      parseAgentWorkerConfig({
        ...worker,
        STT_BASE_URL: 'http://whisper:8080/v1',
      }),
    ).toThrow(/STT_BASE_URL and STT_MODEL go together/);
    expect(() =>
      parseAgentWorkerConfig({
        ...worker,
        STT_BASE_URL: 'ftp://x',
        STT_MODEL: 'm',
      }),
    ).toThrow(/STT_BASE_URL/);
  });

  it('starts a pinned clock only in tests', () => {
    const clock = { ...worker, CLOCK_START: '2026-11-26T11:00:00Z' };
    expect(() =>
      parseAgentWorkerConfig({ ...clock, NODE_ENV: 'production' }),
    ).toThrow(/CLOCK_START: only allowed with NODE_ENV=test/);
    expect(
      parseAgentWorkerConfig({ ...clock, NODE_ENV: 'test' }).CLOCK_START,
    ).toBe('2026-11-26T11:00:00Z');
    expect(() =>
      parseAgentWorkerConfig({
        ...worker,
        NODE_ENV: 'test',
        CLOCK_START: 'next friday',
      }),
    ).toThrow(/CLOCK_START/);
  });

  it('keeps message bodies and phone numbers 90 days unless told otherwise', () => {
    expect(parseAgentWorkerConfig(worker).RETENTION_DAYS).toBe(90);
    expect(
      parseAgentWorkerConfig({ ...worker, RETENTION_DAYS: '30' })
        .RETENTION_DAYS,
    ).toBe(30);
    expect(() =>
      parseAgentWorkerConfig({ ...worker, RETENTION_DAYS: '0' }),
    ).toThrow(/RETENTION_DAYS/);
  });

  it('stays silent for a minute after a hand-off unless told otherwise', () => {
    expect(parseAgentWorkerConfig(worker).HANDOFF_SETTLE_MS).toBe(60_000);
    expect(
      parseAgentWorkerConfig({ ...worker, HANDOFF_SETTLE_MS: '500' })
        .HANDOFF_SETTLE_MS,
    ).toBe(500);
  });
});

describe('redactConfig', () => {
  it('never shows secrets or URL credentials', () => {
    const shown = JSON.stringify(
      redactConfig(
        parseAgentWorkerConfig({
          ...base,
          CHATWOOT_BASE_URL: 'https://chat.example.com',
          CHATWOOT_API_TOKEN: 'super-secret-token',
        }),
      ),
    );
    expect(shown).not.toContain('super-secret-token');
    expect(shown).not.toContain(':pw@');
    expect(shown).toContain('localhost:5432');
  });
});
