// The steps that take the request forward: a yes or a no, a name, a numbered choice, new or corrected details.
import { localMinuteOf } from '@atrevete/booking';
import type { Understanding } from '@atrevete/understanding';
import * as replies from '../replies.js';
import { appointmentChosen } from './appointments-flow.js';
import {
  confirmCancel,
  confirmMoveQuestion,
  confirmReschedule,
} from './appointment-confirm.js';
import { advanceBooking, hasDetails, type Step } from './booking-flow.js';
import {
  confirmBooking,
  nameGiven,
  namedIn,
  pickOffer,
  slotChosen,
} from './booking-confirm.js';
import {
  askingWhoOrWhen,
  bookingDialogue,
  draftOf,
  idleDialogue,
  isSearching,
  type Booking,
  type DialogueState,
  type Offer,
  type Searching,
} from './dialogue-state.js';
import { customerOf, looksLikeRealName, type TurnScope } from './views.js';
import { pendingQuestion, withResume } from './asides.js';
import { detailsStep } from './details-step.js';
import { askAnotherTime } from './draft-changes.js';

export async function answerYesNo(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step> {
  const yes = u.intent === 'affirm';
  if (d.awaiting === 'confirmation') {
    if (d.flow === 'booking' && d.chosen) {
      if (yes) return confirmBooking(scope, d);
      return { reply: replies.bookingDropped(), dialogue: askingWhoOrWhen(d) };
    }
    if (d.flow === 'cancel') {
      if (yes) return confirmCancel(scope, d);
      return {
        reply: replies.appointmentKept(),
        dialogue: idleDialogue(d.customerName),
      };
    }
    if (d.flow === 'reschedule' && d.chosen) {
      if (yes) return confirmReschedule(scope, d);
      return {
        reply: replies.appointmentKept(),
        dialogue: idleDialogue(d.customerName),
      };
    }
  }
  if (d.awaiting === 'name') {
    if (yes) {
      const named = nameGiven(scope, d, u.entities, true);
      if (named) return named;
    }
    return {
      reply: replies.askName(),
      dialogue: { ...d, proposedName: null },
    };
  }
  if (hasDetails(u.entities)) return detailsStep(scope, d, u);
  // "¿Con Ana, como la última vez?" — "sí": Ana; "no": anyone.
  if (
    d.awaiting === 'stylist_or_day' &&
    d.flow === 'booking' &&
    d.proposedStylistId
  ) {
    const draft = yes
      ? { ...d.draft, stylistId: d.proposedStylistId, anyStylist: false }
      : { ...d.draft, stylistId: null, anyStylist: true };
    return advanceBooking(scope, { ...d, draft, proposedStylistId: null });
  }
  // "¿Te interesa?" about the one service offered instead: yes takes it.
  if (d.awaiting === 'service' && yes && d.serviceChoices.length === 1) {
    return detailsStep(scope, d, {
      ...u,
      entities: { ...u.entities, serviceIds: [...d.serviceChoices] },
    });
  }
  if (d.awaiting === 'option') {
    // "No" to the offered slots: none suits, so ask for another day or time.
    if (!yes) return askAnotherTime(d);
    // "Sí" to a single offer, or to the one at exactly the time asked for, takes it.
    const taken =
      d.offers.length === 1 ? d.offers[0] : offerAtAskedTime(scope, d);
    if (taken) return chosenOffer(scope, d, taken);
  }
  // "No" to what the bot asked next (who, when, which): the customer is done for now.
  if (!yes && d.awaiting) {
    return {
      reply: replies.denyWithoutQuestion(),
      dialogue: idleDialogue(d.customerName),
    };
  }
  // A bare yes to another question does not answer it: ask it again.
  if (d.awaiting)
    return { reply: replies.okAndAgain(pendingQuestion(d)), dialogue: d };
  return {
    reply: yes
      ? replies.affirmWithoutQuestion()
      : replies.denyWithoutQuestion(),
    dialogue: idleDialogue(d.customerName),
  };
}

export function nameStep(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
  affirmed: boolean,
): Step {
  const named =
    d.flow === 'booking'
      ? nameGiven(scope, d, u.entities, affirmed)
      : nameOutsideBooking(d, u.entities);
  if (!named) return { reply: replies.askName(), dialogue: d };
  if (named.reply) return named;
  const after = named.dialogue;
  const name =
    (after.flow === 'booking' ? after.bookingFor : null) ??
    after.customerName ??
    '';
  return {
    reply: withResume(
      replies.niceToMeetYou(name, after.awaiting !== null),
      after,
    ),
    dialogue: after,
  };
}

/** A name out of a booking: the customer's own is kept; someone else's starts a booking for them. */
function nameOutsideBooking(
  d: DialogueState,
  e: Understanding['entities'],
): Step | null {
  if (!e.name) return null;
  if (!e.nameForSomeoneElse)
    return { reply: '', dialogue: { ...d, customerName: e.name } };
  const draft = draftOf(d);
  const booking = bookingDialogue(
    d,
    draft,
    draft.serviceIds.length > 0 ? 'stylist_or_day' : 'service',
  );
  return { reply: '', dialogue: { ...booking, bookingFor: e.name } };
}

/** "a las 11" and then "sí" to 11:00, 10:45 and 11:15: the one at the time asked for. */
function offerAtAskedTime(scope: TurnScope, d: Searching): Offer | null {
  const { time } = d.draft;
  if (time === null) return null;
  const zone = scope.facts.settings.timeZone;
  return (
    d.offers.find(
      (offer) => localMinuteOf(new Date(offer.start), zone) === time,
    ) ?? null
  );
}

/** A slot was picked: for a move ask before moving, for a booking go on to the name and summary. */
async function chosenOffer(
  scope: TurnScope,
  d: Searching,
  offer: Offer,
  e: Understanding['entities'] | null = null,
): Promise<Step> {
  if (d.flow === 'reschedule')
    return confirmMoveQuestion(scope, { ...d, chosen: offer });
  // "la primera, a nombre de José Luis": the name given with the choice is the name.
  let named: Booking = e?.name ? { ...d, ...namedIn(e, e.name) } : d;
  // "la de las 12, a mi nombre": the WhatsApp name, when it is one and the salon knows none.
  if (e?.ownName && !e.name && !d.customerName) {
    const profile = scope.contact.profileName?.trim() ?? null;
    const known = (await customerOf(scope)).name;
    if (!known && looksLikeRealName(profile))
      named = { ...named, customerName: profile };
  }
  return slotChosen(scope, { ...named, chosen: offer }, offer);
}

/** "la segunda", "la de las 11", "2": a slot, a service of the list, or one of the customer's appointments. */
export async function chooseStep(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step> {
  const e = u.entities;
  if (d.awaiting === 'appointment_choice') {
    const chosen = await appointmentChosen(scope, d, e);
    if (chosen) return chosen;
  }
  if (d.awaiting === 'service' && e.option !== null) {
    const id = d.serviceChoices[e.option - 1];
    if (id !== undefined) {
      // "corte y tinte" → "¿Cuál de estos cortes?" → "la 2": the tinte stays.
      const others = d.draft.serviceIds.filter(
        (other) => !d.serviceChoices.includes(other),
      );
      return detailsStep(scope, d, {
        ...u,
        entities: { ...e, option: null, serviceIds: [id, ...others] },
      });
    }
  }
  if (isSearching(d) && d.offers.length > 0) {
    const offer = pickOffer(scope, d.offers, e);
    if (offer) return chosenOffer(scope, d, offer, e);
    // A time that matches no offer is a new wish: search around it.
    if (e.time !== null) return detailsStep(scope, d, u);
    return {
      reply: replies.noSuchOption(),
      dialogue: d,
    };
  }
  if (hasDetails(e)) return detailsStep(scope, d, u);
  return { reply: replies.fallback(), dialogue: d };
}
