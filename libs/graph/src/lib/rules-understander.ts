// The offline, deterministic understander: Spanish keyword patterns plus fuzzy service names.
import { normalise, ServiceMatcher } from '@atrevete/booking';
import { detectIntents, intentRank } from './intent-patterns.js';
import type {
  Intent,
  Understander,
  Understanding,
  UnderstandingContext,
} from './understanding.js';

export class RulesUnderstander implements Understander {
  async understand(
    texts: string[],
    ctx: UnderstandingContext,
  ): Promise<Understanding> {
    const messages = texts.map(normalise).filter((message) => message !== '');
    const matcher = new ServiceMatcher(ctx.services);
    const serviceIds = matcher.match(messages);
    const found = new Set<Intent>(
      messages.flatMap((message) =>
        detectIntents(message, matcher.match([message]).length > 0),
      ),
    );
    // A service named on its own ("mechas") is a detail of the booking the customer has in mind.
    if (found.size === 0)
      found.add(serviceIds.length > 0 ? 'give_booking_details' : 'unknown');
    const [intent, ...otherIntents] = [...found].sort(
      (a, b) => intentRank(a) - intentRank(b),
    );
    return {
      intent,
      otherIntents,
      entities: { serviceIds, rawText: texts.join('\n') },
    };
  }
}
