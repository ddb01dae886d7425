// Turns an understanding into one reply: the main answer, further questions of the burst, a hello.
import { groupWeek } from './opening-hours.js';
import type { OpeningHoursRow, SalonSettings, ServiceInfo } from './ports.js';
import * as replies from './replies.js';
import { hasIntent, type Intent, type Understanding } from './understanding.js';

/** What the reply may state: all of it read from the salon's directory for this turn. */
export interface SalonFacts {
  settings: SalonSettings;
  services: ServiceInfo[];
  openingHours: OpeningHoursRow[];
}

/** Questions that are answered even when the turn is mainly about something else. */
const informative: Intent[] = [
  'price_question',
  'services_question',
  'hours_question',
  'address_question',
];

function answer(
  intent: Intent,
  named: ServiceInfo[],
  facts: SalonFacts,
): string {
  switch (intent) {
    case 'greeting':
      return replies.greeting(facts.settings);
    case 'thanks_bye':
      return replies.thanksBye();
    case 'book':
    case 'give_booking_details':
      return named.length > 0
        ? replies.bookingWhen(named)
        : replies.bookingWhichService(facts.services);
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
    case 'cancel':
    case 'reschedule':
    case 'my_appointments':
      return replies.notYetPossible(intent);
    case 'talk_to_person':
      return replies.personNotYetAvailable();
    case 'complaint':
      return replies.complaintNotYetHandled(facts.settings);
    case 'affirm':
      return replies.affirmWithoutQuestion();
    case 'deny':
      return replies.denyWithoutQuestion();
    case 'choose_option':
    case 'give_name':
    case 'unknown':
      return replies.fallback();
  }
}

/** Questions about the catalogue: either answer lists services and prices, so one is enough. */
const catalogue: Intent[] = ['price_question', 'services_question'];

/**
 * The further questions worth answering after the main answer. A booking reply already shows
 * the services and their prices, and one catalogue answer covers the other.
 */
function furtherQuestions(understanding: Understanding): Intent[] {
  const covered: Intent[] = [understanding.intent];
  if (
    understanding.intent === 'book' ||
    understanding.intent === 'give_booking_details'
  ) {
    covered.push(...catalogue);
  }
  const further: Intent[] = [];
  for (const intent of understanding.otherIntents) {
    if (!informative.includes(intent)) continue;
    const repeatsCatalogue =
      catalogue.includes(intent) &&
      covered.some((done) => catalogue.includes(done));
    if (covered.includes(intent) || repeatsCatalogue) continue;
    further.push(intent);
    covered.push(intent);
  }
  return further;
}

export function composeReply(
  understanding: Understanding,
  facts: SalonFacts,
): string {
  const named = understanding.entities.serviceIds
    .map((id) => facts.services.find((service) => service.id === id))
    .filter((service): service is ServiceInfo => service !== undefined);
  const parts = [understanding.intent, ...furtherQuestions(understanding)].map(
    (intent) => answer(intent, named, facts),
  );
  const saysHello =
    !(['greeting', 'thanks_bye'] as Intent[]).includes(understanding.intent) &&
    hasIntent(understanding, 'greeting');
  const body = parts.join('\n\n');
  return saysHello ? `${replies.greetingOpener(facts.settings)} ${body}` : body;
}
