// The staff's calendar subscriptions (/api/settings/calendar-feeds, owner only): a secret iCalendar URL for the salon and one per stylist.
import { z } from 'zod';

export interface CalendarFeedView {
  /** null: the whole salon's feed. */
  stylistId: number | null;
  /** "Todo el salón", or the stylist's name. */
  name: string;
  /** The secret address Google Calendar, Apple Calendar or Outlook subscribe to. */
  url: string;
}

/** GET /api/settings/calendar-feeds: the salon's feed first, then one per active stylist. */
export interface CalendarFeedsResponse {
  feeds: CalendarFeedView[];
}

/** POST /api/settings/calendar-feeds/rotate → CalendarFeedView: a new URL, the old one stops working. */
export const rotateCalendarFeedRequest = z.object({
  stylistId: z.int('Elige un calendario.').positive().nullable(),
});
export type RotateCalendarFeedRequest = z.input<
  typeof rotateCalendarFeedRequest
>;
