import { ChatwootApiError, ChatwootClient } from './client.js';
import { startFakeChatwoot, type FakeChatwoot } from './fake-chatwoot.js';

describe('ChatwootClient against a Chatwoot-shaped HTTP server', () => {
  let chatwoot: FakeChatwoot;
  let client: ChatwootClient;

  beforeEach(async () => {
    chatwoot = await startFakeChatwoot();
    client = new ChatwootClient({
      baseUrl: `${chatwoot.url}/`,
      apiToken: 'bot-token',
      timeoutMs: 2000,
    });
  });
  afterEach(() => chatwoot.close());

  it('posts a reply to the conversation with the bot token', async () => {
    const posted = await client.postMessage(1, 42, 'Hola, soy Maite');
    expect(posted.id).toEqual(expect.any(Number));
    expect(chatwoot.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/accounts/1/conversations/42/messages',
      token: 'bot-token',
      body: {
        content: 'Hola, soy Maite',
        message_type: 'outgoing',
        private: false,
      },
    });
  });

  it('keeps existing labels when adding one', async () => {
    await client.addLabels(1, 42, ['vip']);
    await client.addLabels(1, 42, ['atencion-humana']);
    expect(chatwoot.requests.at(-1)?.body).toEqual({
      labels: ['vip', 'atencion-humana'],
    });
  });

  it('classifies 429 and 5xx as retryable and other 4xx as final', async () => {
    for (const [status, retryable] of [
      [429, true],
      [503, true],
      [404, false],
      [422, false],
    ] as const) {
      chatwoot.failNext(status);
      const error = await client
        .postMessage(1, 42, 'x')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChatwootApiError);
      expect(error).toMatchObject({ status, retryable });
    }
  });

  it('classifies a connection failure as retryable', async () => {
    await chatwoot.close();
    const error = await client
      .toggleStatus(1, 42, 'open')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: null, retryable: true });
  });
});
