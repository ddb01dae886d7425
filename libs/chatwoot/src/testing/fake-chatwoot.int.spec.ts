// The fake Chatwoot echoes the bot's messages to its webhook as Chatwoot does: signed, outgoing, from the agent bot, with the posted attributes.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyWebhook } from '@atrevete/schema';
import { ChatwootClient } from '../lib/client.js';
import { verifySignature } from '../lib/signature.js';
import { startFakeChatwoot, type FakeChatwoot } from './fake-chatwoot.js';

const SECRET = 'echo-secret';

interface Delivery {
  headers: IncomingHttpHeaders;
  raw: Buffer;
}

describe('the fake Chatwoot', () => {
  let webhook: Server;
  let webhookUrl: string;
  const deliveries: Delivery[] = [];
  let chatwoot: FakeChatwoot;
  let client: ChatwootClient;

  beforeAll(async () => {
    webhook = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      deliveries.push({ headers: req.headers, raw: Buffer.concat(chunks) });
      res.writeHead(200).end('{"status":"echo"}');
    }).listen(0, '127.0.0.1');
    await once(webhook, 'listening');
    webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/webhooks/chatwoot`;
  });
  afterAll(() => new Promise((resolve) => webhook.close(resolve)));

  beforeEach(async () => {
    deliveries.length = 0;
    chatwoot = await startFakeChatwoot({
      echo: { webhookUrl, secret: SECRET },
    });
    client = new ChatwootClient({ baseUrl: chatwoot.url, apiToken: 't' });
  });
  afterEach(() => chatwoot.close());

  it('delivers each created message back to the webhook, signed, as the bot’s outgoing message carrying its marker', async () => {
    const posted = await client.postMessage(1, 42, 'Hola', { outboxId: 5 });
    await client.postMessage(1, 42, 'nota', { outboxId: 6, private: true });
    await chatwoot.close();

    expect(chatwoot.echoes).toEqual([
      { messageId: posted.id, status: 200 },
      { messageId: posted.id + 1, status: 200 },
    ]);
    expect(deliveries).toHaveLength(2);
    const [reply, note] = deliveries.map((d) => JSON.parse(d.raw.toString()));
    for (const { headers, raw } of deliveries) {
      expect(headers['x-chatwoot-delivery']).toMatch(/^[0-9a-f-]{36}$/);
      expect(
        verifySignature({
          secret: SECRET,
          rawBody: raw,
          signature: headers['x-chatwoot-signature'] as string,
          timestamp: headers['x-chatwoot-timestamp'] as string,
          maxAgeSeconds: 300,
          nowSeconds: Math.floor(Date.now() / 1000),
        }),
      ).toEqual({ ok: true });
    }
    expect(reply).toMatchObject({
      event: 'message_created',
      id: posted.id,
      content: 'Hola',
      message_type: 'outgoing',
      private: false,
      content_attributes: { atrevete_outbox_id: 5 },
      sender: { type: 'agent_bot' },
      account: { id: 1 },
      conversation: { id: 42 },
    });
    expect(note).toMatchObject({
      private: true,
      content_attributes: { atrevete_outbox_id: 6 },
    });
    expect(classifyWebhook(reply, { statuses: ['pending'] })).toEqual({
      kind: 'echo',
      echo: {
        outboxId: 5,
        chatwootMessageId: posted.id,
        accountId: 1,
        conversationId: 42,
      },
    });
  });

  it('echoes a message whose answer went wrong after it was created', async () => {
    chatwoot.failAfterCreating({ kind: 'gateway', status: 502 });
    await expect(
      client.postMessage(1, 43, 'Hola', { outboxId: 8 }),
    ).rejects.toMatchObject({ status: 502 });
    await chatwoot.close();
    expect(chatwoot.echoes).toEqual([
      { messageId: chatwoot.requests[0].messageId, status: 200 },
    ]);
  });

  it('creates and echoes nothing for a request it refuses', async () => {
    chatwoot.failNext(500);
    await expect(
      client.postMessage(1, 44, 'Hola', { outboxId: 9 }),
    ).rejects.toMatchObject({ status: 500 });
    await chatwoot.close();
    expect(chatwoot.replies()).toEqual([]);
    expect(chatwoot.echoes).toEqual([]);
  });
});
