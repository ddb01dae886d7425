// New or corrected details of a booking or a move ("el viernes", "mejor con Ana", "más tarde"): merged into the draft, and on.
import type { Understanding } from '@atrevete/understanding';
import {
  answerQuestions,
  asksQuestions,
  closestToUnoffered,
} from '../compose-reply.js';
import * as replies from '../replies.js';
import {
  advanceBooking,
  hasDetails,
  mergeDetails,
  type Step,
} from './booking-flow.js';
import { fromAppointment } from './appointments-flow.js';
import { namedIn } from './booking-confirm.js';
import {
  bookingDialogue,
  draftOf,
  emptyDraft,
  idleDialogue,
  isSearching,
  type Booking,
  type DialogueState,
} from './dialogue-state.js';
import { servicesOf, type TurnScope } from './views.js';
import {
  askAnotherTime,
  dropStylistOfOtherCategory,
  nudged,
  overLimit,
  withProposedStylist,
} from './draft-changes.js';

/** New or corrected details of the booking (or of the move): merge them and go on. */
export async function detailsStep(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step> {
  const e = u.entities;
  // "mejor otro día": the day or time offered does not suit, and no new one was given.
  if (u.intent === 'correction' && isSearching(d) && !hasDetails(e)) {
    // "más tarde" / "más temprano" than the slots just offered: look that way, the same day.
    if (e.nudge && d.offers.length > 0)
      return advanceBooking(scope, nudged(scope, d, e.nudge));
    return askAnotherTime(d);
  }
  const { step, answered } = await newDetails(scope, d, u);
  const questions =
    asksQuestions(u) && !answered
      ? answerQuestions(u, scope.facts, draftOf(step.dialogue).serviceIds)
      : '';
  return questions
    ? { ...step, reply: `${questions}\n\n${unsaid(step.reply, questions)}` }
    : step;
}

/**
 * The step's reply without what the answers just said: "¡Sí! La depilación… cuesta 25 €" is not
 * followed by "¡Genial! La depilación… cuesta 25 €".
 */
function unsaid(reply: string, said: string): string {
  return reply
    .split('\n')
    .filter((line) => {
      const fact = line.replace(/^¡Genial! /, '').trim();
      return fact === '' || !said.includes(fact);
    })
    .join('\n');
}

/** The step the new details lead to; `answered`: its reply already answers the turn's questions. */
async function newDetails(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<{ step: Step; answered: boolean }> {
  const e = u.entities;
  // A move: the new day, time or stylist (its services stay those of the appointment).
  if (d.flow === 'reschedule' && isSearching(d)) {
    const merged = mergeDetails(d.draft, { ...e, serviceIds: [] });
    const draft = dropStylistOfOtherCategory(
      scope,
      d.appointmentStart
        ? fromAppointment(
            scope,
            new Date(d.appointmentStart),
            merged,
            e.sameTime,
          )
        : merged,
      e,
    );
    const name =
      e.name && !e.nameForSomeoneElse ? { customerName: e.name } : {};
    return asked(await advanceBooking(scope, { ...d, ...name, draft }));
  }
  if (d.flow !== 'booking') {
    const limit = await overLimit(scope);
    if (limit)
      return asked({ reply: limit, dialogue: idleDialogue(d.customerName) });
  }
  // "¿Cuánto cuesta el lifting?" then "vale, el sábado": the service asked about is the one.
  const base =
    d.flow === 'booking'
      ? d.draft
      : {
          ...emptyDraft(),
          serviceIds: d.flow === 'idle' ? d.askedServiceIds : [],
        };
  const draft = dropStylistOfOtherCategory(
    scope,
    withProposedStylist(d, u, mergeDetails(base, e)),
    e,
  );
  const next: Booking = {
    // A new booking has asked nothing yet; advanceBooking sets what it waits for.
    ...(d.flow === 'booking' ? d : bookingDialogue(d, draft, 'stylist_or_day')),
    ...(e.name ? namedIn(e, e.name) : {}),
    draft,
    proposedStylistId: null,
  };
  const closest =
    e.serviceIds.length > 0 || e.serviceChoices.length > 0
      ? []
      : closestToUnoffered(u, scope.facts);
  if (closest.length > 0) {
    // "quiero extensiones": no, and the closest services to choose from instead.
    return {
      step: {
        reply: `${answerQuestions(u, scope.facts, [])}\n\n${closest.length > 1 ? replies.interestedInOne : replies.interestedInIt}`,
        dialogue: choosingService(
          next,
          closest.map((s) => s.id),
        ),
      },
      answered: true,
    };
  }
  const choices = servicesOf(scope.facts, e.serviceChoices);
  if (choices.length > 1)
    return asked({
      reply: replies.whichOfServices(choices),
      dialogue: choosingService(
        next,
        choices.map((s) => s.id),
      ),
    });
  return asked(await advanceBooking(scope, next));
}

/** A step whose reply does not answer the turn's questions yet. */
function asked(step: Step): { step: Step; answered: boolean } {
  return { step, answered: false };
}

/** A numbered list of services to choose from: "¿Cuál te interesa?" */
function choosingService(d: Booking, serviceChoices: number[]): Booking {
  return {
    ...d,
    awaiting: 'service',
    serviceChoices,
    offers: [],
    chosen: null,
  };
}
