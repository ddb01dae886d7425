// The STT transcriber against a real local HTTP server standing in for Chatwoot's file storage and an OpenAI-compatible endpoint.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@atrevete/observability';
import { SttTranscriber } from './transcriber.js';

const AUDIO = Buffer.from('OggS\u0000fake-opus-voice-note');

interface Received {
  authorization: string | undefined;
  fields: Record<string, string>;
  file: { name: string; bytes: Buffer } | null;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('SttTranscriber', () => {
  let server: Server;
  let base: string;
  const received: Received[] = [];
  /** How the endpoint answers the next transcription. */
  let endpoint: 'ok' | 'error' | 'slow' | 'no_text' = 'ok';

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      const url = request.url ?? '';
      if (url === '/rails/active_storage/blobs/redirect/voice.ogg') {
        response.writeHead(302, { location: '/storage/voice.ogg' }).end();
        return;
      }
      if (url === '/storage/voice.ogg') {
        response.writeHead(200, { 'content-type': 'audio/ogg' }).end(AUDIO);
        return;
      }
      if (url === '/v1/audio/transcriptions' && request.method === 'POST') {
        const body = await bodyOf(request);
        const form = await new Request('http://stub/', {
          method: 'POST',
          headers: { 'content-type': request.headers['content-type'] ?? '' },
          body,
        }).formData();
        const fields: Record<string, string> = {};
        let file: Received['file'] = null;
        for (const [name, value] of form.entries()) {
          if (typeof value === 'string') fields[name] = value;
          else
            file = {
              name: value.name,
              bytes: Buffer.from(await value.arrayBuffer()),
            };
        }
        received.push({
          authorization: request.headers.authorization,
          fields,
          file,
        });
        if (endpoint === 'slow') return; // never answers
        if (endpoint === 'error') {
          response.writeHead(500).end('{"error":"boom"}');
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify(
            endpoint === 'no_text'
              ? { segments: [] }
              : { text: ' quiero cita para el viernes ' },
          ),
        );
        return;
      }
      response.writeHead(404).end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    endpoint = 'ok';
    received.length = 0;
  });

  const transcriber = (timeoutMs = 2000) =>
    new SttTranscriber({
      baseUrl: `${base}/v1`,
      apiKey: 'stt-key',
      model: 'whisper-1',
      timeoutMs,
      logger: createLogger({ name: 'test', level: 'silent' }),
    });
  const voiceUrl = () =>
    `${base}/rails/active_storage/blobs/redirect/voice.ogg`;

  it("follows Chatwoot's redirect to the audio and sends it with the model, in Spanish", async () => {
    await expect(transcriber().transcribe(voiceUrl())).resolves.toBe(
      'quiero cita para el viernes',
    );
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request.authorization).toBe('Bearer stt-key');
    expect(request.fields).toMatchObject({
      model: 'whisper-1',
      language: 'es',
    });
    expect(request.file?.name).toBe('voice.ogg');
    expect(request.file?.bytes.equals(AUDIO)).toBe(true);
  });

  it('gives up within its timeout when the endpoint does not answer', async () => {
    endpoint = 'slow';
    const started = Date.now();
    await expect(transcriber(300).transcribe(voiceUrl())).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives null on an error, an answer without text, or audio that is not there', async () => {
    endpoint = 'error';
    await expect(transcriber().transcribe(voiceUrl())).resolves.toBeNull();
    endpoint = 'no_text';
    await expect(transcriber().transcribe(voiceUrl())).resolves.toBeNull();
    endpoint = 'ok';
    await expect(
      transcriber().transcribe(
        `${base}/rails/active_storage/blobs/redirect/gone.ogg`,
      ),
    ).resolves.toBeNull();
  });
});
