// Voice notes and other media through the real pipeline, with a local HTTP server as Chatwoot's file storage and the STT endpoint.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GoldenSalon, options } from './golden.js';

/** What the stand-in STT endpoint hears in each stored voice note (by file name); others fail. */
const HEARD: Record<string, string> = {
  'booking.ogg': 'hola quería un corte de hombre con Víctor el viernes',
};

let stt: Server;
let base = '';
const transcribed: string[] = [];
let salon: GoldenSalon;

beforeAll(async () => {
  stt = createServer((request, response) => {
    const url = request.url ?? '';
    const stored = /^\/storage\/([\w.-]+)$/.exec(url);
    if (stored) {
      response.writeHead(200, { 'content-type': 'audio/ogg' });
      response.end(`OggS ${stored[1]}`);
      return;
    }
    if (url === '/v1/audio/transcriptions') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('latin1')));
      request.on('end', () => {
        const file = /OggS ([\w.-]+)/.exec(body)?.[1] ?? '';
        transcribed.push(file);
        const text = HEARD[file];
        if (!text) {
          response.writeHead(500).end('{"error":"cannot decode"}');
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ text }));
      });
      return;
    }
    response.writeHead(404).end();
  });
  stt.listen(0, '127.0.0.1');
  await once(stt, 'listening');
  base = `http://127.0.0.1:${(stt.address() as AddressInfo).port}`;
  salon = await GoldenSalon.open({
    worker: {
      STT_BASE_URL: `${base}/v1`,
      STT_MODEL: 'whisper-1',
      STT_TIMEOUT_MS: '3000',
    },
  });
});
afterAll(async () => {
  await salon?.close();
  stt?.closeAllConnections();
  stt?.close();
});

const voice = (file: string) => ({ dataUrl: `${base}/storage/${file}` });
const CANNOT_LISTEN =
  'Perdona, no puedo escuchar audios. ¿Me lo escribes, por favor?';

describe('voice notes', () => {
  it('one Chatwoot did not transcribe is transcribed in the turn and answered', async () => {
    const c = salon.customer('Marcos Gil');
    const turn = await c.sendMedia('audio', voice('booking.ogg'));
    expect(transcribed).toContain('booking.ogg');
    expect(options(turn.text).length).toBeGreaterThan(0);
    expect(options(turn.text)[0]).toMatch(/^viernes 27 de noviembre/);
  });

  it("Chatwoot's own transcription is used as is", async () => {
    const before = transcribed.length;
    const turn = await salon
      .customer('Sole Paz')
      .sendMedia('audio', { transcribedText: '¿a qué hora abrís el sábado?' });
    expect(turn.text).toBe(
      'El sábado 28 de noviembre abrimos de 09:00 a 14:00.',
    );
    expect(transcribed.length).toBe(before);
  });

  it('one that cannot be transcribed: asks for text, and the booking under way goes on', async () => {
    const c = salon.customer('Iris Mora');
    const offer = await c.say('pedicura con Rosa el viernes');
    const turn = await c.sendMedia('audio', voice('noise.ogg'));
    expect(turn.text).toBe(
      `${CANNOT_LISTEN}\n\n¿Cuál de los huecos te viene mejor?`,
    );
    expect(turn.statuses).toEqual([]);
    expect((await c.say('la 1')).text).toBe(
      '¿Hago la reserva a nombre de Iris Mora?',
    );
    expect(options(offer.text).length).toBeGreaterThan(0);
  });
});

describe('other media get a short sensible answer', () => {
  it('a photo', async () => {
    const turn = await salon.customer('Eva Ros').sendMedia('image');
    expect(turn.text).toMatch(/^He recibido la imagen, pero no puedo verla\./);
  });

  it('a photo with a caption is read by its caption', async () => {
    const turn = await salon
      .customer('Gala Vera')
      .sendMedia('image', { caption: 'cuánto cuesta unas mechas así?' });
    expect(turn.text).toContain('Las mechas cuestan 75 €');
  });

  it('a location: where the salon is', async () => {
    const turn = await salon.customer('Ana Rey').sendMedia('location');
    expect(turn.text).toContain('Calle de la Constitución 5, Madrid');
  });

  it('a contact card', async () => {
    const turn = await salon.customer('Luz Gil').sendMedia('contact');
    expect(turn.text).toMatch(
      /^He recibido el contacto, pero no puedo usarlo\./,
    );
  });

  it('media never count as misunderstood turns: no hand-off after several', async () => {
    const c = salon.customer('Nil Sanz');
    await c.sendMedia('image');
    await c.sendMedia('image');
    const third = await c.sendMedia('audio', voice('noise.ogg'));
    expect(third.statuses).toEqual([]);
    expect(third.text).toBe(CANNOT_LISTEN);
  });
});
