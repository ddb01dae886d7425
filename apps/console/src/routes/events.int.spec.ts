// The live agenda: a signed-in browser's event stream names the day and stylist of every change, whoever made it, within moments.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgendaEvent } from '@atrevete/console-api';
import request from 'supertest';
import type { AgendaListener } from '../live/agenda-events.js';
import {
  createAgendaSalon,
  instant,
  type AgendaSalon,
} from '../testing/agenda-salon.js';
import { TEST_PASSWORD } from '../testing/console-test-app.js';

/** Reads `event: agenda` messages off an open stream, waiting at most `ms` for one that matches. */
class EventReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();
  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
  ) {}

  async next(
    matches: (event: AgendaEvent) => boolean,
    ms = 2000,
  ): Promise<AgendaEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.take(matches);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event in ${ms} ms`);
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        this.reader.read(),
        new Promise<'late'>((resolve) => {
          timer = setTimeout(() => resolve('late'), left);
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk === 'late') continue;
      if (chunk.done) throw new Error('the stream ended');
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  /** Everything received so far, as text. */
  get text(): string {
    return this.buffer;
  }

  private take(matches: (event: AgendaEvent) => boolean): AgendaEvent | null {
    const messages = this.buffer.split('\n\n');
    for (const message of messages.slice(0, -1)) {
      const lines = message.split('\n');
      if (!lines.includes('event: agenda')) continue;
      const data = lines.find((line) => line.startsWith('data: '));
      const event = JSON.parse(data?.slice(6) ?? 'null') as AgendaEvent;
      if (matches(event)) return event;
    }
    return null;
  }
}

describe('GET /api/events', () => {
  let salon: AgendaSalon;
  let server: Server;
  let url: string;
  let open = 0;

  beforeAll(async () => {
    salon = await createAgendaSalon();
    // Counts the streams subscribed, so the test sees a closed one let go.
    const real = salon.t.deps.agendaEvents;
    salon.t.deps.agendaEvents = {
      subscribe: (listener: AgendaListener) => {
        open++;
        const unsubscribe = real.subscribe(listener);
        return () => {
          open--;
          unsubscribe();
        };
      },
      close: () => real.close(),
    };
    server = salon.t.app.listen(0);
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await salon.close();
  });

  async function signedInCookie(): Promise<string> {
    const response = await fetch(`${url}/api/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: salon.t.staff.email,
        password: TEST_PASSWORD,
      }),
    });
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0];
  }

  it('streams the date and stylist of a booking made elsewhere, and a block change as "all"', async () => {
    const cookie = await signedInCookie();
    const stop = new AbortController();
    const response = await fetch(`${url}/api/events`, {
      headers: { cookie },
      signal: stop.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const body = response.body;
    if (!body) throw new Error('no stream');
    const events = new EventReader(body.getReader());
    try {
      const pilar = await salon.stylist('Pilar');
      await salon.botBooks({
        customer: await salon.customer('Lola Pérez'),
        stylist: pilar,
        services: [await salon.service('Peinado')],
        start: instant('2026-12-02', '17:00'),
      });
      expect(
        await events.next((event) => event.dates.includes('2026-12-02')),
      ).toEqual({ dates: ['2026-12-02'], stylistId: pilar, all: false });
      expect(events.text.startsWith('retry: 2000\n\n')).toBe(true);

      const desk = await salon.t.signIn(salon.t.staff);
      await desk.agent
        .post('/api/blocks')
        .set(desk.csrf)
        .send({
          kind: 'weekly',
          stylistId: pilar,
          weekday: 5,
          startTime: '14:00',
          endTime: '15:00',
        })
        .expect(201);
      expect(await events.next((event) => event.all)).toEqual({
        dates: [],
        stylistId: null,
        all: true,
      });
    } finally {
      stop.abort();
    }
    const deadline = Date.now() + 2000;
    while (open > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(open).toBe(0);
  });

  it('answers 401 without a session, before any streaming', async () => {
    const response = await request(salon.t.app).get('/api/events').expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(open).toBe(0);
  });
});
