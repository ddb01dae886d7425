// The steps that take the request forward: a yes or a no, a name, a numbered choice, new or corrected details.
import type { Understanding } from '@atrevete/understanding';
import {
  answerQuestions,
  asksQuestions,
  closestToUnoffered,
} from '../compose-reply.js';
import * as replies from '../replies.js';
import {
  appointmentChosen,
  confirmCancel,
  confirmMoveQuestion,
  confirmReschedule,
} from './appointments-flow.js';
import {
  advanceBooking,
  hasDetails,
  mergeDetails,
  type Step,
} from './booking-flow.js';
import {
  confirmBooking,
  nameGiven,
  namedIn,
  pickOffer,
  slotChosen,
} from './booking-confirm.js';
import {
  emptyDraft,
  idleDialogue,
  type DialogueState,
  type Offer,
} from './dialogue-state.js';
import {
  customerOf,
  looksLikeRealName,
  servicesOf,
  type TurnScope,
} from './views.js';
import { pendingQuestion, withResume } from './asides.js';
import {
  askAnotherTime,
  dropStylistOfOtherCategory,
  nudged,
  overLimit,
  withProposedStylist,
} from './draft-changes.js';

export async function answerYesNo(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step> {
  const yes = u.intent === 'affirm';
  if (d.awaiting === 'confirmation') {
    if (d.flow === 'booking' && d.chosen) {
      if (yes) return confirmBooking(scope, d);
      return {
        reply: replies.bookingDropped(),
        dialogue: {
          ...d,
          offers: [],
          chosen: null,
          awaiting: 'stylist_or_day',
        },
      };
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
  if (d.awaiting === 'stylist_or_day' && d.proposedStylistId) {
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
    // "Sí" to a single offer takes it.
    if (d.offers.length === 1) return chosenOffer(scope, d, d.offers[0]);
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
  const named = nameGiven(scope, d, u.entities, affirmed);
  if (!named) return { reply: replies.askName(), dialogue: d };
  if (named.reply) return named;
  const name = named.dialogue.bookingFor ?? named.dialogue.customerName ?? '';
  return {
    reply: withResume(
      replies.niceToMeetYou(name, named.dialogue.awaiting !== null),
      named.dialogue,
    ),
    dialogue: named.dialogue,
  };
}

/** A slot was picked: for a move ask before moving, for a booking go on to the name and summary. */
async function chosenOffer(
  scope: TurnScope,
  d: DialogueState,
  offer: Offer,
  e: Understanding['entities'] | null = null,
): Promise<Step> {
  // "la primera, a nombre de José Luis": the name given with the choice is the name.
  let named = e?.name ? { ...d, ...namedIn(e, e.name) } : d;
  // "la de las 12, a mi nombre": the WhatsApp name, when it is one and the salon knows none.
  if (e?.ownName && !e.name && !d.customerName) {
    const profile = scope.contact.profileName?.trim() ?? null;
    const known = (await customerOf(scope)).name;
    if (!known && looksLikeRealName(profile))
      named = { ...named, customerName: profile };
  }
  const withOffer = { ...named, chosen: offer };
  return d.flow === 'reschedule'
    ? confirmMoveQuestion(scope, withOffer)
    : slotChosen(scope, withOffer, offer);
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
  if (d.offers.length > 0) {
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

/** New or corrected details of the booking (or of the move): merge them and go on. */
export async function detailsStep(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step> {
  const e = u.entities;
  const moving = d.flow === 'reschedule' && d.appointmentId !== null;
  // "mejor otro día": the day or time offered does not suit, and no new one was given.
  const inFlow = d.flow === 'booking' || moving;
  if (u.intent === 'correction' && inFlow && !hasDetails(e)) {
    // "más tarde" / "más temprano" than the slots just offered: look that way, the same day.
    if (e.nudge && d.offers.length > 0)
      return advanceBooking(scope, nudged(scope, d, e.nudge));
    return askAnotherTime(d);
  }
  if (!inFlow) {
    const limit = await overLimit(scope);
    if (limit) return { reply: limit, dialogue: idleDialogue(d.customerName) };
  }
  // "¿Cuánto cuesta el lifting?" then "vale, el sábado": the service asked about is the one.
  const base = inFlow
    ? d.draft
    : {
        ...emptyDraft(),
        serviceIds: d.flow === 'idle' ? d.draft.serviceIds : [],
      };
  const merged = withProposedStylist(
    d,
    u,
    mergeDetails(base, moving ? { ...e, serviceIds: [] } : e),
  );
  const draft = dropStylistOfOtherCategory(scope, merged, e);
  const next: DialogueState = {
    ...d,
    ...(e.name ? namedIn(e, e.name) : {}),
    flow: moving ? 'reschedule' : 'booking',
    draft,
    proposedStylistId: null,
  };
  const closest =
    moving || e.serviceIds.length > 0 || e.serviceChoices.length > 0
      ? []
      : closestToUnoffered(u, scope.facts);
  if (closest.length > 0) {
    // "quiero extensiones": no, and the closest services to choose from instead.
    return {
      reply: `${answerQuestions(u, scope.facts, [])}\n\n${closest.length > 1 ? replies.interestedInOne : replies.interestedInIt}`,
      dialogue: {
        ...next,
        awaiting: 'service',
        serviceChoices: closest.map((s) => s.id),
        offers: [],
        chosen: null,
      },
    };
  }
  const choices = moving ? [] : servicesOf(scope.facts, e.serviceChoices);
  const step =
    choices.length > 1
      ? {
          reply: replies.whichOfServices(choices),
          dialogue: {
            ...next,
            awaiting: 'service' as const,
            serviceChoices: choices.map((s) => s.id),
            offers: [],
            chosen: null,
          },
        }
      : await advanceBooking(scope, next);
  const questions = asksQuestions(u)
    ? answerQuestions(u, scope.facts, draft.serviceIds)
    : '';
  return questions ? { ...step, reply: `${questions}\n\n${step.reply}` } : step;
}
