// The staff's calendar feeds, read back with a second iCalendar library (ical.js): the right events after a booking, a move (same UID) and a cancel; a stylist's feed holds only theirs; a wrong or rotated token gets 404; caching headers.
import {
  cancelAppointment,
  rescheduleAppointment,
  type Appointment,
} from '@atrevete/booking';
import type {
  CalendarFeedsResponse,
  CalendarFeedView,
} from '@atrevete/console-api';
import ICAL from 'ical.js';
import request from 'supertest';
import {
  AGENDA_NOW,
  createAgendaSalon,
  instant,
  type AgendaSalon,
} from '../testing/agenda-salon.js';
import type { SignedIn } from '../testing/console-test-app.js';

interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  status: string;
}

describe('calendar feeds', () => {
  let salon: AgendaSalon;
  let owner: SignedIn;
  let feeds: CalendarFeedView[];
  let ana: number;
  let marta: number;
  let corte: number;

  beforeEach(async () => {
    salon = await createAgendaSalon();
    owner = await salon.t.signIn(salon.t.owner);
    feeds = (
      (await owner.agent.get('/api/settings/calendar-feeds').expect(200))
        .body as CalendarFeedsResponse
    ).feeds;
    [ana, marta, corte] = await Promise.all([
      salon.stylist('Ana'),
      salon.stylist('Marta'),
      salon.service('Corte mujer'),
    ]);
  });
  afterEach(() => salon.close());

  const path = (feed: CalendarFeedView) => new URL(feed.url).pathname;
  const feedOf = (stylistId: number | null) => {
    const feed = feeds.find((f) => f.stylistId === stylistId);
    if (!feed) throw new Error(`no feed for ${stylistId}`);
    return feed;
  };

  /** The feed's events as another iCalendar library reads them. */
  async function events(feed: CalendarFeedView): Promise<FeedEvent[]> {
    const response = await request(salon.t.app).get(path(feed)).expect(200);
    expect(response.headers['content-type']).toBe(
      'text/calendar; charset=utf-8',
    );
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    return calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        status: String(vevent.getFirstPropertyValue('status')),
      };
    });
  }

  const book = async (customer: string, stylist: number, start: string) =>
    salon.botBooks({
      customer: await salon.customer(customer),
      stylist,
      services: [corte],
      start,
    });

  it('lists the salon’s feed and one per active stylist, with secret URLs', () => {
    expect(feeds[0]).toMatchObject({ stylistId: null, name: 'Todo el salón' });
    expect(feeds.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Ana', 'Marta', 'Víctor']),
    );
    for (const feed of feeds)
      expect(feed.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(new Set(feeds.map((f) => f.url)).size).toBe(feeds.length);
  });

  it('has the pending and confirmed appointments, moves an event when the appointment moves, drops it when cancelled', async () => {
    const lucia: Appointment = await book(
      'Lucía Gómez',
      ana,
      instant('2026-12-02', '11:00'),
    );
    await book('Carmen Ruiz', marta, instant('2026-12-02', '12:00'));
    const before = await events(feedOf(null));
    expect(before).toHaveLength(2);
    const [first] = before;
    expect(first).toMatchObject({
      summary: 'Corte mujer · Lucía',
      start: instant('2026-12-02', '11:00'),
      end: instant('2026-12-02', '11:45'),
      status: 'TENTATIVE',
    });
    expect(first.description).toContain('Corte mujer con Ana');
    expect(first.description).toContain('/agenda?date=2026-12-02&view=day');
    // Only the first name of the customer goes to the staff's calendars.
    expect(JSON.stringify(before)).not.toContain('Gómez');

    // The bot's move books the new time as a new row: the event keeps its UID.
    const moved = await rescheduleAppointment(salon.t.database.db, {
      customerId: lucia.customerId,
      appointmentId: lucia.id,
      start: new Date(instant('2026-12-04', '17:00')),
      now: AGENDA_NOW,
      idempotencyKey: 'move-1',
    });
    expect(moved.kind).toBe('booked');
    const after = await events(feedOf(null));
    expect(after).toHaveLength(2);
    const same = after.find((e) => e.uid === first.uid);
    expect(same?.start).toBe(instant('2026-12-04', '17:00'));

    if (moved.kind !== 'booked') return;
    await cancelAppointment(salon.t.database.db, {
      customerId: lucia.customerId,
      appointmentId: moved.appointment.id,
      now: AGENDA_NOW,
    });
    const left = await events(feedOf(null));
    expect(left.map((e) => e.summary)).toEqual(['Corte mujer · Carmen']);
  });

  it('a stylist’s feed holds only their appointments', async () => {
    await book('Lucía Gómez', ana, instant('2026-12-02', '11:00'));
    await book('Carmen Ruiz', marta, instant('2026-12-02', '12:00'));
    expect((await events(feedOf(ana))).map((e) => e.summary)).toEqual([
      'Corte mujer · Lucía',
    ]);
    expect((await events(feedOf(marta))).map((e) => e.summary)).toEqual([
      'Corte mujer · Carmen',
    ]);
  });

  it('answers a wrong token with 404, and a rotated one stops working', async () => {
    await request(salon.t.app)
      .get(`/calendar/${'x'.repeat(43)}.ics`)
      .expect(404);
    await request(salon.t.app).get('/calendar/nada').expect(404);
    const old = feedOf(ana);
    const rotated = (
      await owner.agent
        .post('/api/settings/calendar-feeds/rotate')
        .set(owner.csrf)
        .send({ stylistId: ana })
        .expect(200)
    ).body as CalendarFeedView;
    expect(rotated.url).not.toBe(old.url);
    await request(salon.t.app).get(path(old)).expect(404);
    await request(salon.t.app).get(path(rotated)).expect(200);
    expect(await salon.auditRows('calendar_feed')).toEqual([
      expect.objectContaining({
        action: 'calendar_feed.rotate',
        entity_id: String(ana),
      }),
    ]);
  });

  it('is for the owner to manage; staff get 403', async () => {
    const staff = await salon.t.signIn(salon.t.staff);
    await staff.agent.get('/api/settings/calendar-feeds').expect(403);
    await staff.agent
      .post('/api/settings/calendar-feeds/rotate')
      .set(staff.csrf)
      .send({ stylistId: null })
      .expect(403);
  });

  it('tells calendars how long to keep it, and answers 304 when nothing changed', async () => {
    const feed = feedOf(null);
    const first = await request(salon.t.app).get(path(feed)).expect(200);
    expect(first.headers['cache-control']).toBe('private, max-age=300');
    const etag = first.headers['etag'];
    expect(etag).toBeTruthy();
    await request(salon.t.app)
      .get(path(feed))
      .set('If-None-Match', etag)
      .expect(304);
    await book('Lucía Gómez', ana, instant('2026-12-02', '11:00'));
    await request(salon.t.app)
      .get(path(feed))
      .set('If-None-Match', etag)
      .expect(200);
  });
});
