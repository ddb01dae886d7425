// One turn of the dialogue: what the customer meant, where the conversation stood → the reply and where it stands now.
import {
  hasIntent,
  type TurnRecord,
  type Understanding,
} from '@atrevete/understanding';
import { answerQuestions, asksQuestions } from '../compose-reply.js';
import * as replies from '../replies.js';
import type { HandoffRequest } from '../state.js';
import {
  appointmentChosen,
  confirmCancel,
  confirmMoveQuestion,
  confirmReschedule,
  listAppointments,
  startChange,
} from './appointments-flow.js';
import {
  advanceBooking,
  confirmBooking,
  hasDetails,
  mergeDetails,
  nameGiven,
  pickOffer,
  slotChosen,
  type DialogueEvent,
  type Step,
} from './booking-flow.js';
import {
  emptyDraft,
  idleDialogue,
  type DialogueState,
} from './dialogue-state.js';
import { offerBooking, servicesOf, type TurnScope } from './views.js';

/** The label staff see on a conversation the bot handed to them. */
export const HANDOFF_LABEL = 'bot-traspaso';

/** Misunderstood turns in a row after which a person takes over. */
const MISUNDERSTOOD_LIMIT = 2;

export interface DialogueTurn {
  understanding: Understanding;
  dialogue: DialogueState;
  misunderstoodCount: number;
  history: TurnRecord[];
  texts: string[];
}

export interface DialogueOutcome {
  reply: string;
  dialogue: DialogueState;
  misunderstoodCount: number;
  handoff: HandoffRequest | null;
  event: DialogueEvent | null;
}

export async function converse(
  scope: TurnScope,
  turn: DialogueTurn,
): Promise<DialogueOutcome> {
  const u = turn.understanding;
  const understood = (step: Step): DialogueOutcome => ({
    reply: step.reply,
    dialogue: step.dialogue,
    misunderstoodCount: 0,
    handoff: null,
    event: step.event ?? null,
  });

  if (u.intent === 'talk_to_person') return handOff(scope, turn, 'asked');
  if (u.intent === 'complaint') return handOff(scope, turn, 'complaint');
  if (u.intent === 'unknown') {
    const count = turn.misunderstoodCount + 1;
    if (count >= MISUNDERSTOOD_LIMIT) {
      return handOff(scope, turn, 'misunderstood');
    }
    return {
      reply: withResume(replies.fallback(), turn.dialogue),
      dialogue: turn.dialogue,
      misunderstoodCount: count,
      handoff: null,
      event: null,
    };
  }
  if (turn.dialogue.flow === 'handoff' && turn.dialogue.awaiting) {
    if (u.intent === 'affirm') return handOff(scope, turn, 'rule');
    if (u.intent === 'deny') {
      return understood({
        reply: replies.notPassed(),
        dialogue: idleDialogue(turn.dialogue.customerName),
      });
    }
  }
  return understood(await step(scope, turn));
}

/** Routes an understood turn by its main intent and what the dialogue was waiting for. */
async function step(scope: TurnScope, turn: DialogueTurn): Promise<Step> {
  const u = turn.understanding;
  const e = u.entities;
  const d =
    turn.dialogue.flow === 'handoff'
      ? idleDialogue(turn.dialogue.customerName)
      : turn.dialogue;
  const hello = hasIntent(u, 'greeting') && u.intent !== 'greeting';
  const greeted = (s: Step): Step =>
    hello
      ? {
          ...s,
          reply: `${replies.greetingOpener(scope.facts.settings)} ${s.reply}`,
        }
      : s;

  switch (u.intent) {
    case 'cancel':
    case 'reschedule':
      return greeted(await startChange(scope, d, e, u.intent));
    case 'my_appointments':
      return greeted(await listAppointments(scope, d));
    case 'price_question':
    case 'services_question':
    case 'hours_question':
    case 'address_question':
      return greeted(answerMidFlow(scope, u, d));
    case 'greeting':
      return d.flow === 'idle'
        ? { reply: replies.greeting(scope.facts.settings), dialogue: d }
        : {
            reply: withResume(replies.greetingOpener(scope.facts.settings), d),
            dialogue: d,
          };
    case 'thanks_bye':
      return {
        reply: replies.thanksBye(),
        dialogue: d.awaiting ? d : idleDialogue(d.customerName),
      };
    case 'affirm':
    case 'deny':
      return answerYesNo(scope, d, u);
    case 'give_name':
      return greeted(nameStep(scope, d, u, false));
    case 'choose_option':
      return greeted(await chooseStep(scope, d, u));
    case 'book':
    case 'choose_service':
    case 'choose_stylist':
    case 'choose_day':
    case 'choose_time':
    case 'correction':
      return greeted(await detailsStep(scope, d, u));
    case 'talk_to_person':
    case 'complaint':
    case 'unknown':
      throw new Error(`${u.intent} is handled before routing`);
  }
}

/** A question in the middle of a booking is answered, and the booking goes on where it was. */
function answerMidFlow(
  scope: TurnScope,
  u: Understanding,
  d: DialogueState,
): Step {
  const answer = answerQuestions(u, scope.facts, d.draft.serviceIds);
  return { reply: withResume(answer, d), dialogue: d };
}

function withResume(text: string, d: DialogueState): string {
  if (!d.awaiting) return text;
  const resume =
    d.awaiting === 'confirmation'
      ? {
          booking: '¿Confirmo la cita?',
          cancel: '¿La cancelo?',
          reschedule: '¿La cambio?',
          handoff: '¿Te paso con el salón?',
          idle: replies.backToIt.confirmation,
        }[d.flow]
      : replies.backToIt[d.awaiting];
  return `${text}\n\n${resume}`;
}

async function answerYesNo(
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
  // "No" to the offered slots: none suits, so ask for another day or time.
  if (!yes && d.awaiting === 'option') return askAnotherTime(d);
  // A bare yes or no to another question does not answer it: ask it again.
  if (d.awaiting) return { reply: withResume('Vale.', d), dialogue: d };
  return {
    reply: yes
      ? replies.affirmWithoutQuestion()
      : replies.denyWithoutQuestion(),
    dialogue: idleDialogue(d.customerName),
  };
}

function nameStep(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
  affirmed: boolean,
): Step {
  const named = nameGiven(scope, d, u.entities, affirmed);
  if (!named) return { reply: replies.askName(), dialogue: d };
  if (named.reply) return named;
  return {
    reply: withResume(
      replies.niceToMeetYou(named.dialogue.customerName ?? ''),
      named.dialogue,
    ),
    dialogue: named.dialogue,
  };
}

/** "la segunda", "la de las 11", "2": a slot, a service of the list, or one of the customer's appointments. */
async function chooseStep(
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
      return detailsStep(scope, d, {
        ...u,
        entities: { ...e, option: null, serviceIds: [id] },
      });
    }
  }
  if (d.offers.length > 0) {
    const offer = pickOffer(scope, d.offers, e);
    if (offer) {
      const withOffer = { ...d, chosen: offer };
      return d.flow === 'reschedule'
        ? confirmMoveQuestion(scope, withOffer)
        : slotChosen(scope, withOffer, offer);
    }
    // A time that matches no offer is a new wish: search around it.
    if (e.time !== null) return detailsStep(scope, d, u);
    return {
      reply: `No tengo esa opción. ${replies.backToIt.option}`,
      dialogue: d,
    };
  }
  if (hasDetails(e)) return detailsStep(scope, d, u);
  return { reply: replies.fallback(), dialogue: d };
}

/** New or corrected details of the booking (or of the move): merge them and go on. */
async function detailsStep(
  scope: TurnScope,
  d: DialogueState,
  u: Understanding,
): Promise<Step> {
  const e = u.entities;
  const moving = d.flow === 'reschedule' && d.appointmentId !== null;
  // "mejor otro día": the day or time offered does not suit, and no new one was given.
  const inFlow = d.flow === 'booking' || moving;
  if (u.intent === 'correction' && inFlow && !hasDetails(e)) {
    return askAnotherTime(d);
  }
  const base = d.flow === 'booking' || moving ? d.draft : emptyDraft();
  const draft = mergeDetails(base, moving ? { ...e, serviceIds: [] } : e);
  const named = e.name ? { customerName: e.name } : {};
  const step = await advanceBooking(scope, {
    ...d,
    ...named,
    flow: moving ? 'reschedule' : 'booking',
    draft,
  });
  const questions = asksQuestions(u)
    ? answerQuestions(u, scope.facts, draft.serviceIds)
    : '';
  return questions ? { ...step, reply: `${questions}\n\n${step.reply}` } : step;
}

/** Forgets the day and time asked for and asks for others, keeping the services and the stylist. */
function askAnotherTime(d: DialogueState): Step {
  return {
    reply: replies.askAnotherTime(),
    dialogue: {
      ...d,
      draft: { ...d.draft, day: null, partOfDay: null, time: null },
      offers: [],
      chosen: null,
      awaiting: 'stylist_or_day',
    },
  };
}

/** Tells the customer, leaves staff a note, labels the conversation and gives it to a person. */
function handOff(
  scope: TurnScope,
  turn: DialogueTurn,
  reason: replies.HandoffReason,
): DialogueOutcome {
  const d = turn.dialogue;
  const said = [...turn.history.flatMap((t) => t.texts), ...turn.texts].slice(
    -5,
  );
  const wanted =
    d.chosen && d.draft.serviceIds.length > 0
      ? replies.bookingLine(
          offerBooking(scope.facts, d.chosen, d.draft.serviceIds),
        )
      : d.draft.serviceIds.length > 0
        ? servicesOf(scope.facts, d.draft.serviceIds)
            .map((s) => s.name)
            .join(', ')
        : null;
  return {
    reply: replies.handoff(reason, scope.facts.settings),
    dialogue: idleDialogue(d.customerName),
    misunderstoodCount: 0,
    handoff: {
      note: replies.handoffNote(reason, said, wanted),
      label: HANDOFF_LABEL,
    },
    event: 'handoff',
  };
}
