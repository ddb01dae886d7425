// Answers what needs no booking: greetings, thanks, and questions about prices, services, hours and address.
import {
  hasIntent,
  type Intent,
  type Understanding,
} from '@atrevete/understanding';
import type { SalonFacts } from './dialogue/views.js';
import { groupWeek } from './opening-hours.js';
import type { ServiceInfo } from './ports.js';
import * as replies from './replies.js';

/** Questions answered whenever they come, even in the middle of a booking. */
export const questionIntents: readonly Intent[] = [
  'price_question',
  'services_question',
  'hours_question',
  'address_question',
];

/** Questions about the catalogue: either answer lists services and prices, so one is enough. */
const catalogue: Intent[] = ['price_question', 'services_question'];

function answer(
  intent: Intent,
  named: ServiceInfo[],
  facts: SalonFacts,
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
      return replies.openingHours(groupWeek(facts.openingHours));
    case 'address_question':
      return replies.address(facts.settings);
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
  const ids =
    understanding.entities.serviceIds.length > 0
      ? understanding.entities.serviceIds
      : servicesInTalk;
  const named = ids.flatMap((id) => facts.services.filter((s) => s.id === id));
  return questionsOf(understanding)
    .map((intent) => answer(intent, named, facts))
    .join('\n\n');
}

export function asksQuestions(understanding: Understanding): boolean {
  return questionIntents.some((intent) => hasIntent(understanding, intent));
}
