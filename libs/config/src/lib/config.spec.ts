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
