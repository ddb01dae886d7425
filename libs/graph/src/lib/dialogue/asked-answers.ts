// The customer's answer to what the salon wrote first (a confirmation request, a reminder): "sí" confirms the appointment, "no puedo" is checked once before cancelling it.
import { hasIntent, type Understanding } from '@atrevete/understanding';
import * as replies from '../replies.js';
import type { Step } from './booking-flow.js';
import { confirmingCancel, type DialogueState } from './dialogue-state.js';
import { appointmentBooking, customerOf, type TurnScope } from './views.js';

/**
 * A bare yes or no while the bot waits for nothing, from a customer the salon asked about a
 * coming appointment, is the answer to that question. Null when the turn is anything else
 * (then it is routed as usual: "¿puedo cambiarla?" is a move, which the salon's question allows
 * inside the cancellation window too).
 */
export async function answerToTheSalon(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step | null> {
  if (d.flow !== 'idle' || d.awaiting) return null;
  const yes =
    hasIntent(u, 'affirm') &&
    !hasIntent(u, 'deny') &&
    (u.intent === 'affirm' || u.intent === 'thanks_bye');
  const no = u.intent === 'deny' && !hasIntent(u, 'affirm');
  if (!yes && !no) return null;
  const customer = await customerOf(scope);
  const [asked] = await scope.desk.askedAbout(customer.id, scope.now);
  if (!asked) return null;
  if (no)
    return {
      reply: replies.declinedCheck(appointmentBooking(scope.facts, asked)),
      dialogue: confirmingCancel(d, asked.id),
    };
  const confirmed = await scope.desk.confirm({
    customerId: customer.id,
    appointmentId: asked.id,
    now: scope.now,
  });
  if (!confirmed) return null;
  return {
    event: 'confirmed',
    reply: replies.confirmedByCustomer(
      appointmentBooking(scope.facts, confirmed),
      d.customerName ?? customer.name,
    ),
    dialogue: d,
  };
}
