// The staff's calendar subscriptions: one secret feed URL for the salon and one per stylist, rotatable, and the appointments each feed shows.
import { randomBytes } from 'node:crypto';
import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { calendarFeeds, stylists } from '../schema/index.js';
import { serviceNamesOfA } from './appointment-messages.js';
import { insertAuditEntry } from './staff.js';

export interface CalendarFeed {
  /** null: the whole salon. */
  stylistId: number | null;
  stylistName: string | null;
  token: string;
}

/** 32 random bytes: a URL nobody guesses. */
const newToken = () => randomBytes(32).toString('base64url');

/**
 * The salon's feed and one per active stylist, each created with its token the first time it is
 * listed. The salon's first.
 */
export async function listCalendarFeeds(
  db: DbExecutor,
): Promise<CalendarFeed[]> {
  const active = await db
    .select({ id: stylists.id })
    .from(stylists)
    .where(eq(stylists.active, true));
  await db
    .insert(calendarFeeds)
    .values(
      [null, ...active.map((s) => s.id)].map((stylistId) => ({
        stylistId,
        token: newToken(),
      })),
    )
    .onConflictDoNothing({ target: calendarFeeds.stylistId });
  const rows = await db
    .select({
      stylistId: calendarFeeds.stylistId,
      stylistName: stylists.name,
      active: stylists.active,
      token: calendarFeeds.token,
    })
    .from(calendarFeeds)
    .leftJoin(stylists, eq(stylists.id, calendarFeeds.stylistId))
    .orderBy(sql`${calendarFeeds.stylistId} NULLS FIRST`, asc(stylists.name));
  return rows
    .filter((row) => row.stylistId === null || row.active)
    .map(({ stylistId, stylistName, token }) => ({
      stylistId,
      stylistName,
      token,
    }));
}

/** A new token for the feed (the old URL stops working at once), audited; null when there is no such feed. */
export async function rotateCalendarFeed(
  db: DbExecutor,
  params: { stylistId: number | null; staffId: number },
): Promise<CalendarFeed | null> {
  return db.transaction(async (tx) => {
    const [feed] = await tx
      .update(calendarFeeds)
      .set({ token: newToken(), createdAt: sql`now()` })
      .where(
        params.stylistId === null
          ? isNull(calendarFeeds.stylistId)
          : eq(calendarFeeds.stylistId, params.stylistId),
      )
      .returning();
    if (!feed) return null;
    await insertAuditEntry(tx, {
      staffId: params.staffId,
      action: 'calendar_feed.rotate',
      entity: 'calendar_feed',
      entityId: params.stylistId === null ? 'salon' : String(params.stylistId),
      before: null,
      after: null,
    });
    const [named] = params.stylistId
      ? await tx
          .select({ name: stylists.name })
          .from(stylists)
          .where(eq(stylists.id, params.stylistId))
      : [];
    return {
      stylistId: feed.stylistId,
      stylistName: named?.name ?? null,
      token: feed.token,
    };
  });
}

/** The feed a token opens; null for a token that is not (or no longer) one. */
export async function calendarFeedByToken(
  db: DbExecutor,
  token: string,
): Promise<{ stylistId: number | null; stylistName: string | null } | null> {
  const [feed] = await db
    .select({ stylistId: calendarFeeds.stylistId, stylistName: stylists.name })
    .from(calendarFeeds)
    .leftJoin(stylists, eq(stylists.id, calendarFeeds.stylistId))
    .where(eq(calendarFeeds.token, token));
  return feed ?? null;
}

export interface FeedAppointment {
  id: number;
  calendarUid: string;
  start: Date;
  end: Date;
  status: 'pending' | 'confirmed';
  stylistName: string;
  customerName: string | null;
  bookedFor: string | null;
  serviceNames: string[];
  updatedAt: Date;
}

/** The pending and confirmed appointments of a feed (a stylist's, or all) that end after `from`. */
export async function feedAppointments(
  db: DbExecutor,
  params: { stylistId: number | null; from: Date },
): Promise<FeedAppointment[]> {
  const rows = await db.execute<{
    id: number;
    calendar_uid: string;
    start_at: string;
    end_at: string;
    status: 'pending' | 'confirmed';
    stylist: string;
    customer: string | null;
    booked_for: string | null;
    services: string[];
    updated_at: string;
  }>(sql`
    SELECT a.id, a.calendar_uid, a.start_at, a.end_at, a.status, st.name AS stylist,
           c.name AS customer, a.booked_for, a.updated_at, ${serviceNamesOfA} AS services
      FROM appointments a
      JOIN stylists st ON st.id = a.stylist_id
      JOIN customers c ON c.id = a.customer_id
     WHERE a.status IN ('pending', 'confirmed')
       AND a.end_at > ${params.from.toISOString()}::timestamptz
       ${params.stylistId === null ? sql`` : sql`AND a.stylist_id = ${params.stylistId}`}
     ORDER BY a.start_at, a.id`);
  return rows.map((row) => ({
    id: row.id,
    calendarUid: row.calendar_uid,
    start: new Date(row.start_at),
    end: new Date(row.end_at),
    status: row.status,
    stylistName: row.stylist,
    customerName: row.customer,
    bookedFor: row.booked_for,
    serviceNames: row.services,
    updatedAt: new Date(row.updated_at),
  }));
}
