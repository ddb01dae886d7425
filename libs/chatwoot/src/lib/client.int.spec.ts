// The client against a Chatwoot-shaped HTTP server: what it sends, and how each failure is classified (final, or retry with whether it may have landed).
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { startFakeChatwoot, type FakeChatwoot } from '../testing.js';
import { ChatwootClient } from './client.js';
import { ChatwootRefusedError, ChatwootUnavailableError } from './errors.js';

describe('ChatwootClient against a Chatwoot-shaped HTTP server', () => {
  let chatwoot: FakeChatwoot;
  let client: ChatwootClient;

  beforeEach(async () => {
    chatwoot = await startFakeChatwoot();
    client = new ChatwootClient({
      baseUrl: `${chatwoot.url}/`,
      apiToken: 'bot-token',
      timeoutMs: 500,
    });
  });
  afterEach(() => chatwoot.close());

  const post = () =>
    client
      .postMessage(1, 42, 'x', { outboxId: 7 })
      .catch((error: unknown) => error);

  it('posts a reply to the conversation with the bot token and its outbox row as a marker', async () => {
    const posted = await client.postMessage(1, 42, 'Hola, soy Maite', {
      outboxId: 31,
    });
    expect(posted.id).toBe(chatwoot.requests[0].messageId);
    expect(chatwoot.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/accounts/1/conversations/42/messages',
      token: 'bot-token',
      body: {
        content: 'Hola, soy Maite',
        message_type: 'outgoing',
        private: false,
        content_attributes: { atrevete_outbox_id: 31 },
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

  it.each([404, 422])(
    'refuses for good on a %i: the same request would be refused again',
    async (status) => {
      chatwoot.failNext(status);
      const error = await post();
      expect(error).toBeInstanceOf(ChatwootRefusedError);
      expect(error).toMatchObject({ status });
    },
  );

  it.each([
    [429, 'no'],
    [500, 'unknown'],
    [503, 'unknown'],
  ] as const)(
    'asks for a retry on a %i, saying whether the message may exist (%s)',
    async (status, landed) => {
      chatwoot.failNext(status);
      const error = await post();
      expect(error).toBeInstanceOf(ChatwootUnavailableError);
      expect(error).toMatchObject({ status, landed });
    },
  );

  it('knows nothing landed when the connection is refused', async () => {
    const refusing = new ChatwootClient({
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      apiToken: 't',
    });
    const error = await refusing
      .toggleStatus(1, 42, 'open')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatwootUnavailableError);
    expect(error).toMatchObject({ status: null, landed: 'no' });
  });

  it.each([
    ['an answer slower than its timeout', { kind: 'slow', delayMs: 2000 }],
    ['a 502 from a proxy', { kind: 'gateway', status: 502 }],
    ['a 504 from a proxy', { kind: 'gateway', status: 504 }],
    ['a 2xx whose body does not parse', { kind: 'garbled' }],
  ] as const)(
    'cannot tell whether a message landed after %s (it did)',
    async (_name, failure) => {
      chatwoot.failAfterCreating(failure);
      const error = await post();
      expect(error).toBeInstanceOf(ChatwootUnavailableError);
      expect(error).toMatchObject({ landed: 'unknown' });
      expect(chatwoot.replies()).toHaveLength(1);
    },
  );
});

async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
