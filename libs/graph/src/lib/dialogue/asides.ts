// Asides while a request waits for its answer: questions, thanks, "¿qué citas tengo?", "¿está confirmada?", a change of mind — answered, and the pending question asked again.
import type { TurnRecord, Understanding } from '@atrevete/understanding';
import { answerQuestions, questionIntents } from '../compose-reply.js';
import { formatLocalDay } from '../format.js';
import * as replies from '../replies.js';
import { appointmentsOn, ownAppointments } from './appointments-flow.js';
import { hasDetails, type Step } from './booking-flow.js';
import { draftOf, idleDialogue, type DialogueState } from './dialogue-state.js';
import { appointmentBooking, type TurnScope } from './views.js';

/** How long after its last turn a conversation is still "today's": a hello is not a first one. */
const RECENT_TALK_MS = 12 * 3_600_000;

export function talkedRecently(history: TurnRecord[], now: Date): boolean {
  const last = history.at(-1);
  return (
    last !== undefined && now.getTime() - Date.parse(last.at) < RECENT_TALK_MS
  );
}

/** A booking, cancel or move under way: the bot asked something and waits for the answer. */
export function inProgress(d: DialogueState): boolean {
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

export function yesWithAside(d: DialogueState, u: Understanding): boolean {
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
export function dropRequest(d: DialogueState): Step {
  const dialogue = idleDialogue(d.customerName);
  if (d.flow === 'booking' || d.flow === 'cancel' || d.flow === 'reschedule') {
    return { reply: replies.requestDropped[d.flow], dialogue };
  }
  return { reply: replies.denyWithoutQuestion(), dialogue };
}

/** "¿Qué citas tengo?" in the middle of a request: the list, and the request goes on. */
export async function appointmentsAside(
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
export async function checkBooking(
  scope: TurnScope,
  d: DialogueState,
  e: Understanding['entities'],
): Promise<Step> {
  if (inProgress(d) && d.flow === 'booking') {
    return { reply: withResume(replies.notBookedYet(), d), dialogue: d };
  }
  const appointments = await ownAppointments(scope);
  const onDay = e.day
    ? appointmentsOn(scope, appointments, e.day)
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
    dialogue: idleDialogue(d.customerName, {
      appointmentIds: appointments.map((a) => a.id),
    }),
  };
}

/** A question in the middle of a booking is answered, and the booking goes on where it was. */
export function answerMidFlow(
  scope: TurnScope,
  u: Understanding,
  d: DialogueState,
): Step {
  const answer = answerQuestions(u, scope.facts, draftOf(d).serviceIds);
  // Idle, the services asked about are remembered: "vale, el sábado" books one of them.
  const asked = u.entities.serviceIds;
  const dialogue =
    d.flow === 'idle' && asked.length > 0
      ? { ...d, askedServiceIds: asked }
      : d;
  return { reply: withResume(answer, d), dialogue };
}

/** What the dialogue is waiting for, as a question. */
export function pendingQuestion(d: DialogueState): string {
  if (d.awaiting === 'confirmation') return replies.confirmAgain[d.flow];
  return d.awaiting ? replies.backToIt[d.awaiting] : '';
}

export function withResume(text: string, d: DialogueState): string {
  if (!d.awaiting) return text;
  return `${text}\n\n${pendingQuestion(d)}`;
}
