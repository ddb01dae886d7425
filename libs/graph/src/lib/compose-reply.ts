// Answers what needs no booking: greetings, thanks, and questions about prices, services, hours and address.
import {
  hasIntent,
  type Intent,
  type Understanding,
} from '@atrevete/understanding';
import { servicesOf, type SalonFacts } from './dialogue/views.js';
import { isoWeekdayOf } from '@atrevete/booking';
import { formatLocalDay } from './format.js';
import { groupWeek, periodsOf } from './opening-hours.js';
import type { ServiceInfo } from './ports.js';
import * as replies from './replies.js';

/** Questions answered whenever they come, even in the middle of a booking. */
export const questionIntents: readonly Intent[] = [
  'price_question',
  'services_question',
  'hours_question',
  'address_question',
  'salon_question',
];

/** Questions about the catalogue: either answer lists services and prices, so one is enough. */
const catalogue: Intent[] = ['price_question', 'services_question'];

/** "¿Abrís el 8 de diciembre?": that day's hours, or why it is closed. */
function dayHours(day: string, facts: SalonFacts): string {
  const holiday = facts.holidays.find((h) => h.date === day);
  const hours = facts.openingHours.find((h) => h.weekday === isoWeekdayOf(day));
  return replies.dayHours(formatLocalDay(day), {
    holiday: holiday?.name ?? null,
    periods: hours ? periodsOf(hours) : [],
  });
}

function answer(
  intent: Intent,
  named: ServiceInfo[],
  facts: SalonFacts,
  day: string | null,
  answerIds: number[],
): string {
  switch (intent) {
    case 'price_question':
      return named.length > 0
        ? replies.priceAnswer(named)
        : replies.priceList(facts.services);
    case 'services_question':
      return named.length > 0
        ? replies.servicesWeOffer(named)
        : replies.serviceList(facts.services);
    case 'hours_question':
      return day
        ? dayHours(day, facts)
        : replies.openingHours(groupWeek(facts.openingHours));
    case 'address_question':
      return replies.address(facts.settings);
    case 'salon_question':
      return answerIds
        .flatMap((id) => facts.answers.filter((a) => a.id === id))
        .map((a) => a.answer)
        .join('\n\n');
    default:
      return '';
  }
}

/** The turn's questions, main one first, one catalogue answer at most. */
function questionsOf(understanding: Understanding): Intent[] {
  const asked: Intent[] = [];
  for (const intent of [understanding.intent, ...understanding.otherIntents]) {
    if (!questionIntents.includes(intent) || asked.includes(intent)) continue;
    if (catalogue.includes(intent) && asked.some((a) => catalogue.includes(a)))
      continue;
    asked.push(intent);
  }
  return asked;
}

/**
 * Answers every question of the turn. A price question that names no service is about the
 * services being booked ("¿cuánto cuestan?" after "quiero mechas"), if any.
 */
export function answerQuestions(
  understanding: Understanding,
  facts: SalonFacts,
  servicesInTalk: number[],
): string {
  const { serviceIds, serviceChoices } = understanding.entities;
  // "¿cuánto cuesta un corte?" names every cut: each gets its price.
  const ids =
    serviceIds.length > 0
      ? serviceIds
      : serviceChoices.length > 0
        ? serviceChoices
        : servicesInTalk;
  const named = ids.flatMap((id) => facts.services.filter((s) => s.id === id));
  const asked = understanding.entities.day;
  // One day asked about ("¿abrís el sábado?"); a range gets the whole week.
  const day = asked && asked.from === asked.to ? asked.from : null;
  const { unofferedServices } = understanding.entities;
  const namesNone = serviceIds.length === 0 && serviceChoices.length === 0;
  // The closest ones are offered only when nothing the salon does was named with it.
  const notOffered = unofferedServices.map((u) =>
    replies.notOffered(
      u.name,
      namesNone ? servicesOf(facts, u.closestServiceIds) : [],
    ),
  );
  // "¿Hacéis extensiones?" is answered by the no alone, never by the whole catalogue.
  const questions = questionsOf(understanding).filter(
    (intent) =>
      !(notOffered.length > 0 && namesNone && catalogue.includes(intent)),
  );
  return [
    ...notOffered,
    ...questions.map((intent) =>
      answer(intent, named, facts, day, understanding.entities.answerIds),
    ),
  ]
    .filter((text) => text !== '')
    .join('\n\n');
}

/** True when the turn asks something, or names a service the salon does not do (the no is owed). */
export function asksQuestions(understanding: Understanding): boolean {
  return (
    understanding.entities.unofferedServices.length > 0 ||
    questionIntents.some((intent) => hasIntent(understanding, intent))
  );
}

/** The salon's closest services to those it does not do, each once, in the order given. */
export function closestToUnoffered(
  understanding: Understanding,
  facts: SalonFacts,
): ServiceInfo[] {
  const ids = [
    ...new Set(
      understanding.entities.unofferedServices.flatMap(
        (u) => u.closestServiceIds,
      ),
    ),
  ];
  return servicesOf(facts, ids);
}
