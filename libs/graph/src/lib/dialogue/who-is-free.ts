// "¿Quién está libre el viernes?": the stylists with free time that day (for the services asked, or per category), then the booking goes on.
import { localMinuteOf, type ServiceInfo } from '@atrevete/booking';
import type { Understanding } from '@atrevete/understanding';
import { formatLocalDay, formatTime } from '../format.js';
import * as replies from '../replies.js';
import type { Step } from './booking-flow.js';
import {
  askingWhoOrWhen,
  bookingDialogue,
  draftOf,
  type BookingDraft,
  type DialogueState,
} from './dialogue-state.js';
import { daysToSearch, servicesOf, type TurnScope } from './views.js';

/** Without a day asked, the coming week. */
const DAYS_WITHOUT_A_DAY = 7;

/** Enough slots to see every stylist's first free one on a day. */
const SLOTS_SEEN = 400;

export async function whoIsFree(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step> {
  const { facts } = scope;
  const e = u.entities;
  const zone = facts.settings.timeZone;
  const before = draftOf(d);
  const asked = e.day ?? before.day;
  const { from, to } = daysToSearch(scope, asked, DAYS_WITHOUT_A_DAY);
  const serviceIds = e.serviceIds.length > 0 ? e.serviceIds : before.serviceIds;
  const services = servicesOf(facts, serviceIds);
  // The services asked for, or the quickest service of each category (who has any time at all).
  const wanted: ServiceInfo[][] =
    services.length > 0
      ? [services.filter((s) => s.category === services[0].category)]
      : categoriesOf(facts.services).map((category) => [
          quickest(facts.services.filter((s) => s.category === category)),
        ]);
  const oneDay = from === to;
  const groups: replies.FreeStylists[] = [];
  for (const group of wanted) {
    const result = await scope.desk.search({
      durationMinutes: group.reduce((sum, s) => sum + s.durationMinutes, 0),
      category: group[0].category,
      serviceIds: group.map((s) => s.id),
      from,
      to,
      partOfDay: e.partOfDay ?? before.partOfDay ?? undefined,
      now: scope.now,
      limit: SLOTS_SEEN,
    });
    if (result.kind !== 'slots') continue;
    const first = new Map<number, Date>();
    for (const slot of result.slots)
      if (!first.has(slot.stylistId)) first.set(slot.stylistId, slot.start);
    const stylists = [...first].flatMap(([id, start]) => {
      const stylist = facts.stylists.find((s) => s.id === id);
      return stylist
        ? [
            {
              name: stylist.name,
              from: oneDay ? formatTime(localMinuteOf(start, zone)) : null,
            },
          ]
        : [];
    });
    if (stylists.length > 0)
      groups.push({ category: group[0].category, stylists });
  }
  const when = oneDay ? `el ${formatLocalDay(from)}` : 'estos días';
  return {
    reply: replies.whoIsFree(when, groups, services.length > 0),
    dialogue: askingAgain(d, {
      ...before,
      serviceIds: services.map((s) => s.id),
      day: asked ? { from, to } : before.day,
    }),
  };
}

/** A move goes on as a move with the new day; anything else asks who and when (or which service) of a booking. */
function askingAgain(d: DialogueState, draft: BookingDraft): DialogueState {
  if (d.flow === 'reschedule' && d.awaiting !== 'appointment_choice')
    return askingWhoOrWhen(d, draft);
  return bookingDialogue(
    d,
    draft,
    draft.serviceIds.length > 0 ? 'stylist_or_day' : 'service',
  );
}

function categoriesOf(services: ServiceInfo[]): string[] {
  return [...new Set(services.map((s) => s.category))];
}

function quickest(services: ServiceInfo[]): ServiceInfo {
  return services.reduce((a, b) =>
    b.durationMinutes < a.durationMinutes ? b : a,
  );
}
