// One turn of the dialogue: what the customer meant, where the conversation stood → the reply and where it stands now.
import {
  hasIntent,
  type TurnRecord,
  type Understanding,
} from '@atrevete/understanding';
import { answerQuestions, asksQuestions } from '../compose-reply.js';
import * as replies from '../replies.js';
import type { MediaKind } from '../ports.js';
import type { HandoffRequest } from '../state.js';
import { listAppointments, startChange } from './appointments-flow.js';
import { hasDetails, type DialogueEvent, type Step } from './booking-flow.js';
import { draftOf, idleDialogue, type DialogueState } from './dialogue-state.js';
import { offerBooking, servicesOf, type TurnScope } from './views.js';
import { whoIsFree } from './who-is-free.js';
import {
  answerMidFlow,
  appointmentsAside,
  checkBooking,
  dropRequest,
  inProgress,
  talkedRecently,
  withResume,
  yesWithAside,
} from './asides.js';
import { answerYesNo, chooseStep, nameStep } from './answer-steps.js';
import { detailsStep } from './details-step.js';
import { answerToTheSalon } from './asked-answers.js';

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

  // A question riding along another request ("tengo cita el miércoles, ¿si llego 10 min tarde
  // pasa algo?"): answered too — before the step's own question when it asks one, else after.
  const alsoAnswered = (s: Step): Step => {
    const answers = asksQuestions(u)
      ? answerQuestions(u, scope.facts, draftOf(d).serviceIds)
      : '';
    if (!answers) return s;
    const reply = s.dialogue.awaiting
      ? `${answers}\n\n${s.reply}`
      : `${s.reply}\n\n${answers}`;
    return { ...s, reply };
  };

  // "sí", "ok 👍", "allí estaré", "no puedo" to the salon's confirmation request or reminder.
  const answer = await answerToTheSalon(scope, d, u);
  if (answer) return greeted(alsoAnswered(answer));

  // "perfecto, y ¿abrís el sábado?" to the summary: the yes confirms, and the question is answered.
  if (yesWithAside(d, u))
    return alsoAnswered(
      await answerYesNo(scope, d, { ...u, intent: 'affirm' }),
    );

  // "¿Quién está libre el viernes?": who has time, before any slot.
  if (u.entities.asksWhoIsFree && u.intent === 'book')
    return greeted(await whoIsFree(scope, d, u));

  // "sí, anúlala" to "¿Cancelo tu cita…?", "sí, cámbiala" to "¿La cambio?": the yes, not a new request.
  if (
    d.awaiting === 'confirmation' &&
    d.flow === u.intent &&
    hasIntent(u, 'affirm') &&
    !hasIntent(u, 'deny') &&
    u.entities.day === null &&
    u.entities.option === null &&
    u.entities.time === null
  )
    return answerYesNo(scope, d, { ...u, intent: 'affirm' });

  switch (u.intent) {
    case 'change_of_mind':
      return dropRequest(d);
    case 'cancel':
    case 'reschedule':
      return greeted(alsoAnswered(await startChange(scope, d, e, u.intent)));
    case 'my_appointments':
      return greeted(
        alsoAnswered(
          inProgress(d)
            ? await appointmentsAside(scope, d)
            : await listAppointments(scope, d),
        ),
      );
    case 'booking_check':
      return greeted(alsoAnswered(await checkBooking(scope, d, e)));
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
      // "hola soy Teresa" + "limpieza facial el miércoles a las cinco y media": the name, and the booking.
      if (hasDetails(e) && e.name) {
        const booking = await detailsStep(scope, d, u);
        return greeted({
          ...booking,
          reply: `${replies.niceToMeetYou(e.name, true)} ${booking.reply}`,
        });
      }
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
  const { serviceIds } = draftOf(d);
  const chosen = 'chosen' in d ? d.chosen : null;
  const wanted =
    d.flow === 'offering_salon'
      ? d.handoffContext
      : chosen && serviceIds.length > 0
        ? replies.bookingLine(offerBooking(scope.facts, chosen, serviceIds))
        : serviceIds.length > 0
          ? servicesOf(scope.facts, serviceIds)
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
