// One turn of the dialogue: what the customer meant, where the conversation stood → the reply and where it stands now.
import {
  hasIntent,
  type TurnRecord,
  type Understanding,
} from '@atrevete/understanding';
import { localDateOf, localMinuteOf } from '@atrevete/booking';
import {
  answerQuestions,
  asksQuestions,
  closestToUnoffered,
  questionIntents,
} from '../compose-reply.js';
import { formatLocalDay } from '../format.js';
import * as replies from '../replies.js';
import type { MediaKind } from '../ports.js';
import type { HandoffRequest } from '../state.js';
import {
  appointmentChosen,
  confirmCancel,
  confirmMoveQuestion,
  confirmReschedule,
  listAppointments,
  ownAppointments,
  startChange,
} from './appointments-flow.js';
import {
  advanceBooking,
  confirmBooking,
  hasDetails,
  mergeDetails,
  nameGiven,
  namedIn,
  pickOffer,
  slotChosen,
  type DialogueEvent,
  type Step,
} from './booking-flow.js';
import {
  emptyDraft,
  idleDialogue,
  type DialogueState,
  type Offer,
} from './dialogue-state.js';
import {
  appointmentBooking,
  offerBooking,
  servicesOf,
  type TurnScope,
} from './views.js';
import { whoIsFree } from './who-is-free.js';

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
  /** What the turn's messages without text carried. */
  media: MediaKind[];
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

  // A voice note nobody could transcribe, a photo, a location: a short answer, and the request
  // under way is asked again. Not a misunderstanding: the customer did nothing wrong.
  if (turn.texts.length === 0 && turn.media.length > 0) {
    return {
      reply: withResume(
        replies.mediaReply(turn.media, scope.facts.settings),
        turn.dialogue,
      ),
      dialogue: turn.dialogue,
      misunderstoodCount: turn.misunderstoodCount,
      handoff: null,
      event: null,
    };
  }
  if (u.intent === 'talk_to_person') return handOff(scope, turn, 'asked');
  if (u.intent === 'complaint') return handOff(scope, turn, 'complaint');
  // Never an invented answer: a question the bot has no answer for goes to a person.
  if (unanswerable(scope, u)) return handOff(scope, turn, 'unknown_question');
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
  if (turn.dialogue.flow === 'offering_salon' && turn.dialogue.awaiting) {
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

/** "¿…?", "qué…", "se puede…": the turn asks something. */
const QUESTION =
  /[?¿]|^\s*(?:y\s+)?(?:qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|cu[aá]l(?:es)?|cu[aá]nt[oa]s?|puedo|se puede|pod[eé]is|hay|ten[eé]is|hac[eé]is|acept[aá]is)(?=\s|$)/iu;

/**
 * A question the bot cannot answer: nothing else understood in it, or one of the salon's
 * questions whose answer is not (or no longer) in the salon's list.
 */
function unanswerable(scope: TurnScope, u: Understanding): boolean {
  if (u.intent === 'unknown') return QUESTION.test(u.entities.rawText);
  if (u.intent !== 'salon_question') return false;
  return !u.entities.answerIds.some((id) =>
    scope.facts.answers.some((a) => a.id === id),
  );
}

/** Routes an understood turn by its main intent and what the dialogue was waiting for. */
async function step(scope: TurnScope, turn: DialogueTurn): Promise<Step> {
  const u = turn.understanding;
  const e = u.entities;
  const d =
    turn.dialogue.flow === 'offering_salon'
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

  // "perfecto, y ¿abrís el sábado?" to the summary: the yes confirms, and the question is answered.
  if (yesWithAside(d, u)) {
    const done = await answerYesNo(scope, d, { ...u, intent: 'affirm' });
    const answers = asksQuestions(u)
      ? answerQuestions(u, scope.facts, d.draft.serviceIds)
      : '';
    return answers ? { ...done, reply: `${done.reply}\n\n${answers}` } : done;
  }

  // "¿Quién está libre el viernes?": who has time, before any slot.
  if (u.entities.asksWhoIsFree && u.intent === 'book')
    return greeted(await whoIsFree(scope, d, u));

  switch (u.intent) {
    case 'change_of_mind':
      return dropRequest(d);
    case 'cancel':
    case 'reschedule':
      return greeted(await startChange(scope, d, e, u.intent));
    case 'my_appointments':
      return greeted(
        inProgress(d)
          ? await appointmentsAside(scope, d)
          : await listAppointments(scope, d),
      );
    case 'booking_check':
      return greeted(await checkBooking(scope, d, e));
    case 'price_question':
    case 'services_question':
    case 'hours_question':
    case 'address_question':
    case 'salon_question':
      // "¿aceptáis bizum? quiero cita el viernes": the question is answered and the booking goes on;
      // "¿hacéis extensiones?": no, and the closest services are offered to book.
      if (
        hasIntent(u, 'book') ||
        (u.entities.unofferedServices.length > 0 && !inProgress(d))
      )
        return greeted(await detailsStep(scope, d, u));
      return greeted(answerMidFlow(scope, u, d));
    case 'greeting':
      return d.flow === 'idle'
        ? {
            // Someone the bot (or a person) talked to today is not greeted as a stranger.
            reply: talkedRecently(turn.history, scope.now)
              ? replies.greetingAgain()
              : replies.greeting(scope.facts.settings),
            dialogue: d,
          }
        : {
            reply: withResume(replies.greetingOpener(scope.facts.settings), d),
            dialogue: d,
          };
    case 'thanks_bye':
      return inProgress(d)
        ? { reply: withResume(replies.youAreWelcome(), d), dialogue: d }
        : {
            reply: replies.thanksBye(),
            dialogue: d.awaiting ? d : idleDialogue(d.customerName),
          };
    case 'affirm':
    case 'deny':
      // "no gracias", "vale gracias, luego te digo": done for now, unless a yes was awaited.
      if (
        hasIntent(u, 'thanks_bye') &&
        d.awaiting !== 'confirmation' &&
        d.awaiting !== 'name'
      ) {
        return {
          reply: replies.thanksBye(),
          dialogue: idleDialogue(d.customerName),
        };
      }
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

/** How long after its last turn a conversation is still "today's": a hello is not a first one. */
const RECENT_TALK_MS = 12 * 3_600_000;

function talkedRecently(history: TurnRecord[], now: Date): boolean {
  const last = history.at(-1);
  return (
    last !== undefined && now.getTime() - Date.parse(last.at) < RECENT_TALK_MS
  );
}

/** A booking, cancel or move under way: the bot asked something and waits for the answer. */
function inProgress(d: DialogueState): boolean {
  return (
    d.awaiting !== null &&
    (d.flow === 'booking' || d.flow === 'cancel' || d.flow === 'reschedule')
  );
}

/** What may ride along a yes to the summary and still leave it a yes. */
const ASIDES: readonly Understanding['intent'][] = [
  ...questionIntents,
  'my_appointments',
  'booking_check',
  'greeting',
  'thanks_bye',
];

function yesWithAside(d: DialogueState, u: Understanding): boolean {
  const intents = [u.intent, ...u.otherIntents];
  return (
    d.awaiting === 'confirmation' &&
    inProgress(d) &&
    intents.includes('affirm') &&
    intents.some((intent) => ASIDES.includes(intent)) &&
    intents.every(
      (intent) =>
        intent === 'affirm' ||
        ASIDES.includes(intent) ||
        // "me podéis recordar la cita…" reads as a wish for a cita, but names nothing new.
        (intent === 'book' && !hasDetails(u.entities)),
    )
  );
}

/** "déjalo", "mejor no": the request under way is dropped, and the customer is told what that leaves. */
function dropRequest(d: DialogueState): Step {
  const dialogue = idleDialogue(d.customerName);
  if (d.flow === 'booking' || d.flow === 'cancel' || d.flow === 'reschedule') {
    return { reply: replies.requestDropped[d.flow], dialogue };
  }
  return { reply: replies.denyWithoutQuestion(), dialogue };
}

/** "¿Qué citas tengo?" in the middle of a request: the list, and the request goes on. */
async function appointmentsAside(
  scope: TurnScope,
  d: DialogueState,
): Promise<Step> {
  const appointments = await ownAppointments(scope);
  const answer =
    appointments.length === 0
      ? replies.nothingBookedYet(d.flow === 'booking')
      : replies.yourAppointments(
          appointments.map((a) => appointmentBooking(scope.facts, a)),
        );
  return { reply: withResume(answer, d), dialogue: d };
}

/** "¿Está confirmada?", "¿me lo apuntaste para el miércoles?": yes with what is booked, or honestly not. */
async function checkBooking(
  scope: TurnScope,
  d: DialogueState,
  e: Understanding['entities'],
): Promise<Step> {
  if (inProgress(d) && d.flow === 'booking') {
    return { reply: withResume(replies.notBookedYet(), d), dialogue: d };
  }
  const appointments = await ownAppointments(scope);
  const zone = scope.facts.settings.timeZone;
  const onDay = e.day
    ? appointments.filter((a) => {
        const day = localDateOf(a.start, zone);
        return e.day !== null && day >= e.day.from && day <= e.day.to;
      })
    : appointments;
  const bookings = (list: typeof appointments) =>
    list.map((a) => appointmentBooking(scope.facts, a));
  const reply =
    onDay.length > 0
      ? replies.bookingConfirmed(bookings(onDay))
      : e.day
        ? replies.nothingBookedOn(
            formatLocalDay(e.day.from),
            bookings(appointments),
          )
        : replies.noAppointments();
  if (inProgress(d)) return { reply: withResume(reply, d), dialogue: d };
  return {
    reply,
    dialogue: {
      ...idleDialogue(d.customerName),
      appointmentIds: appointments.map((a) => a.id),
    },
  };
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

/** What the dialogue is waiting for, as a question. */
function pendingQuestion(d: DialogueState): string {
  if (d.awaiting === 'confirmation') return replies.confirmAgain[d.flow];
  return d.awaiting ? replies.backToIt[d.awaiting] : '';
}

function withResume(text: string, d: DialogueState): string {
  if (!d.awaiting) return text;
  return `${text}\n\n${pendingQuestion(d)}`;
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

function nameStep(
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
function chosenOffer(
  scope: TurnScope,
  d: DialogueState,
  offer: Offer,
): Promise<Step> {
  const withOffer = { ...d, chosen: offer };
  return d.flow === 'reschedule'
    ? confirmMoveQuestion(scope, withOffer)
    : slotChosen(scope, withOffer, offer);
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
    if (offer) return chosenOffer(scope, d, offer);
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
    // "más tarde" / "más temprano" than the slots just offered: look that way, the same day.
    if (e.nudge && d.offers.length > 0)
      return advanceBooking(scope, nudged(scope, d, e.nudge));
    return askAnotherTime(d);
  }
  if (!inFlow) {
    const limit = await overLimit(scope);
    if (limit) return { reply: limit, dialogue: idleDialogue(d.customerName) };
  }
  const base = inFlow ? d.draft : emptyDraft();
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

/**
 * "¿Con Ana, como la última vez?" answered with a day (or "sí, el viernes") and nobody else
 * named: Ana. "Me da igual" or another name leaves her out.
 */
function withProposedStylist(
  d: DialogueState,
  u: Understanding,
  draft: DialogueState['draft'],
): DialogueState['draft'] {
  const proposed = d.proposedStylistId ?? null;
  if (proposed === null || draft.stylistId !== null || draft.anyStylist)
    return draft;
  // "no, el viernes": not her, anyone that day.
  if (hasIntent(u, 'deny') || u.entities.rejectedStylistIds.includes(proposed))
    return { ...draft, anyStylist: true };
  return { ...draft, stylistId: proposed };
}

/** A new booking when the customer already holds the most coming appointments allowed: say so first. */
async function overLimit(scope: TurnScope): Promise<string | null> {
  const max = scope.facts.settings.maxFutureAppointments;
  const coming = await ownAppointments(scope);
  return coming.length >= max ? replies.tooManyAppointments(max) : null;
}

/** A stylist kept from earlier in the talk who does not do the services just named is forgotten. */
function dropStylistOfOtherCategory(
  scope: TurnScope,
  draft: DialogueState['draft'],
  e: Understanding['entities'],
): DialogueState['draft'] {
  if (e.stylistIds.length > 0 || draft.stylistId === null) return draft;
  const [first] = servicesOf(scope.facts, draft.serviceIds);
  const stylist = scope.facts.stylists.find((s) => s.id === draft.stylistId);
  if (!first || !stylist || stylist.category === first.category) return draft;
  return { ...draft, stylistId: null };
}

/** The draft looking later (or earlier) than every slot offered, on the day of the first one. */
function nudged(
  scope: TurnScope,
  d: DialogueState,
  way: 'later' | 'earlier',
): DialogueState {
  const zone = scope.facts.settings.timeZone;
  const starts = d.offers.map((o) => new Date(o.start));
  const day = localDateOf(starts[0], zone);
  const sameDay = starts.filter((s) => localDateOf(s, zone) === day);
  const minutes = sameDay.map((s) => localMinuteOf(s, zone));
  const startWindow =
    way === 'later'
      ? { from: Math.max(...minutes) + 1, to: 24 * 60 }
      : { from: 0, to: Math.min(...minutes) };
  return {
    ...d,
    draft: {
      ...d.draft,
      day: { from: day, to: day },
      time: null,
      startWindow,
    },
    offers: [],
    chosen: null,
  };
}

/** Forgets the day and time asked for and asks for others, keeping the services and the stylist. */
function askAnotherTime(d: DialogueState): Step {
  return {
    reply: replies.askAnotherTime(),
    dialogue: {
      ...d,
      draft: {
        ...d.draft,
        day: null,
        partOfDay: null,
        time: null,
        startWindow: null,
      },
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
  const wanted = d.handoffContext
    ? d.handoffContext
    : d.chosen && d.draft.serviceIds.length > 0
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
      reason,
      note: replies.handoffNote(reason, said, wanted),
      label: HANDOFF_LABEL,
    },
    event: 'handoff',
  };
}
