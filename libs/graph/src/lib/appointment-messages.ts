// What the salon writes first about an appointment: the confirmation request, the reminder (as text, or as the body of an approved WhatsApp template), and the staff's note on one still unconfirmed.
import {
  addDays,
  firstNameOf,
  localDateOf,
  localMinuteOf,
} from '@atrevete/salon';
import { formatLocalDay, formatTime, formatWhen } from './format.js';

/** The label staff see on a conversation whose appointment is still unconfirmed close to its start. */
export const UNCONFIRMED_LABEL = 'cita-sin-confirmar';

export interface AppointmentMessageFacts {
  kind: 'confirmation' | 'reminder';
  /** The customer's name as they gave it (null: never told). */
  customerName: string | null;
  startAt: Date;
  stylistName: string;
  serviceNames: string[];
  salonName: string;
  salonAddress: string;
  timeZone: string;
  now: Date;
}

/** "hoy", "mañana, jueves 10 de diciembre", "el jueves 10 de diciembre": the day in words from `now`. */
function dayInWords(f: AppointmentMessageFacts): string {
  const day = localDateOf(f.startAt, f.timeZone);
  const today = localDateOf(f.now, f.timeZone);
  if (day === today) return 'hoy';
  const named = formatLocalDay(day);
  return day === addDays(today, 1) ? `mañana, ${named}` : `el ${named}`;
}

const timeOf = (f: AppointmentMessageFacts) =>
  formatTime(localMinuteOf(f.startAt, f.timeZone));

const servicesOf = (f: Pick<AppointmentMessageFacts, 'serviceNames'>) =>
  f.serviceNames.join(', ');

/** The plain Spanish text, sent inside WhatsApp's 24-hour window. */
export function appointmentMessageText(f: AppointmentMessageFacts): string {
  const first = firstNameOf(f.customerName);
  const hello = first ? `Hola ${first}` : 'Hola';
  const when = `${dayInWords(f)} a las ${timeOf(f)}`;
  if (f.kind === 'confirmation')
    return (
      `${hello}, te recordamos tu cita en ${f.salonName} ${when}, con ${f.stylistName} (${servicesOf(f)}). ` +
      '¿Nos confirmas que vienes? Responde sí o no.'
    );
  return `${hello}, te esperamos ${when} con ${f.stylistName}. ${f.salonAddress}.`;
}

/**
 * The body parameters of the salon's approved template, keyed "1"…"5": first name, day in words,
 * time, stylist, services (shared/SALON.md).
 */
export function templateBody(
  f: AppointmentMessageFacts,
): Record<string, string> {
  return {
    '1': firstNameOf(f.customerName) ?? 'cliente',
    '2': dayInWords(f),
    '3': timeOf(f),
    '4': f.stylistName,
    '5': servicesOf(f),
  };
}

/** The private note staff get on a conversation whose appointment is still unconfirmed. */
export function unconfirmedNote(
  f: Pick<
    AppointmentMessageFacts,
    'customerName' | 'startAt' | 'stylistName' | 'serviceNames' | 'timeZone'
  >,
): string {
  return (
    `Cita sin confirmar: ${f.customerName ?? 'el cliente'}, ${formatWhen(f.startAt, f.timeZone)} ` +
    `con ${f.stylistName} (${servicesOf(f)}). ` +
    'Se le pidió confirmación y no ha respondido: llamadle o liberad el hueco.'
  );
}
