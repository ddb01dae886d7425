// The staff's calendar feeds: GET /calendar/<token>.ics (public: the token is the secret) in iCalendar, and /api/settings/calendar-feeds to list and rotate them (owner).
import {
  calendarFeedByToken,
  feedAppointments,
  getSalonSettings,
  listCalendarFeeds,
  rotateCalendarFeed,
  type CalendarFeed,
  type FeedAppointment,
} from '@atrevete/db';
import {
  rotateCalendarFeedRequest,
  type CalendarFeedsResponse,
  type CalendarFeedView,
} from '@atrevete/console-api';
import { Router } from 'express';
import ical, { ICalEventStatus } from 'ical-generator';
import { firstNameOf, localDateOf } from '@atrevete/salon';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import { signedInStaff } from './customers-views.js';

/** Calendars poll; a feed is fresh for this long (Google refreshes far less often anyway). */
const MAX_AGE_SECONDS = 300;
/** What a feed keeps of the past: the last month (the future in full). */
const PAST_DAYS = 30;
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

const feedUrl = (deps: ConsoleDeps, token: string) =>
  `${deps.settings.publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;

function toView(deps: ConsoleDeps, feed: CalendarFeed): CalendarFeedView {
  return {
    stylistId: feed.stylistId,
    name: feed.stylistName ?? 'Todo el salón',
    url: feedUrl(deps, feed.token),
  };
}

/** /api/settings/calendar-feeds (mounted under the owner's settings). */
export function calendarFeedsRouter(deps: ConsoleDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const body: CalendarFeedsResponse = {
      feeds: (await listCalendarFeeds(deps.db)).map((f) => toView(deps, f)),
    };
    res.json(body);
  });
  router.post('/rotate', async (req, res) => {
    const { stylistId } = parseInput(rotateCalendarFeedRequest, req.body);
    const feed = await rotateCalendarFeed(deps.db, {
      stylistId,
      staffId: signedInStaff(req).id,
    });
    if (!feed) throw ApiError.notFound();
    res.json(toView(deps, feed));
  });
  return router;
}

/** The feed itself: what Google Calendar, Apple Calendar and Outlook fetch, without a session. */
export function calendarFeedRouter(deps: ConsoleDeps): Router {
  const router = Router();
  router.get('/:file', async (req, res) => {
    const token = FEED_FILE.exec(req.params.file)?.[1];
    const feed = token ? await calendarFeedByToken(deps.db, token) : null;
    if (!feed) {
      res.status(404).type('text/plain').send('Calendario no encontrado.\n');
      return;
    }
    const salon = await getSalonSettings(deps.db);
    const now = deps.now();
    const appointments = await feedAppointments(deps.db, {
      stylistId: feed.stylistId,
      from: new Date(now.getTime() - PAST_DAYS * 24 * 3600_000),
    });
    const body = feedText(deps, {
      name: feed.stylistName
        ? `${salon.name} · ${feed.stylistName}`
        : salon.name,
      timeZone: salon.timeZone,
      appointments,
    });
    res.setHeader('Cache-Control', `private, max-age=${MAX_AGE_SECONDS}`);
    // The URL is the secret: keep it out of search engines.
    res.setHeader('X-Robots-Tag', 'noindex');
    // Express's send adds the ETag and answers 304 to a calendar that already has this text.
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="agenda.ics"');
    res.send(body);
  });
  return router;
}

/** RFC 5545 text: one event per appointment, its UID kept across moves, in UTC. */
function feedText(
  deps: ConsoleDeps,
  feed: { name: string; timeZone: string; appointments: FeedAppointment[] },
): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: 'Atrévete', product: 'Agenda', language: 'ES' },
    ttl: MAX_AGE_SECONDS,
  });
  calendar.x('X-WR-TIMEZONE', feed.timeZone);
  const base = deps.settings.publicUrl.replace(/\/+$/, '');
  for (const a of feed.appointments) {
    const services = a.serviceNames.join(', ');
    const who = firstNameOf(a.bookedFor ?? a.customerName) ?? 'Cliente';
    const day = localDateOf(a.start, feed.timeZone);
    const link = `${base}/agenda?date=${day}&view=day`;
    calendar.createEvent({
      id: `${a.calendarUid}@atrevete`,
      start: a.start,
      end: a.end,
      stamp: a.updatedAt,
      lastModified: a.updatedAt,
      summary: `${services} · ${who}`,
      description: [
        `${services} con ${a.stylistName}`,
        `Cliente: ${who}`,
        a.status === 'confirmed' ? 'Confirmada' : 'Sin confirmar',
        link,
      ].join('\n'),
      status:
        a.status === 'confirmed'
          ? ICalEventStatus.CONFIRMED
          : ICalEventStatus.TENTATIVE,
      url: link,
    });
  }
  return calendar.toString();
}
