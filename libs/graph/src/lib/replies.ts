// Every Spanish sentence the bot says: warm, short, "tú", 24-hour times, numbered lists, ≤ 1 emoji.
import { firstNameOf } from '@atrevete/salon';
import { Info } from 'luxon';
import { formatDuration, formatPrice, formatTime } from './format.js';
import {
  consecutiveRuns,
  type OpenPeriod,
  type ScheduleGroup,
} from './opening-hours.js';
import type { MediaKind, SalonSettings, ServiceInfo } from './ports.js';
import {
  capitalise,
  joinWithY,
  nounForm,
  withArticle,
} from './spanish-grammar.js';

// Monday first, as ISO weekdays count.
const weekdayNames = Info.weekdays('long', { locale: 'es' });
const dayName = (isoWeekday: number) => weekdayNames[isoWeekday - 1];

const whatICanDo =
  'Puedo ayudarte a pedir, cambiar o cancelar una cita, y contarte precios, servicios, horario y dónde estamos.';

export function greeting(settings: SalonSettings): string {
  return `¡Hola! Soy ${settings.personaName}, de ${settings.name} 😊 ${whatICanDo} ¿En qué te ayudo?`;
}

/** A hello in a conversation that already talked today (e.g. given back by staff). */
export function greetingAgain(): string {
  return '¡Hola de nuevo! ¿En qué más te puedo ayudar?';
}

/** Opens a reply that answers something else when the customer also said hello. */
export function greetingOpener(settings: SalonSettings): string {
  return `¡Hola! Soy ${settings.personaName}, de ${settings.name}.`;
}

export function thanksBye(): string {
  return '¡Un placer! Aquí estoy para lo que necesites. ¡Hasta pronto! 👋';
}

export function affirmWithoutQuestion(): string {
  return '¡Perfecto! ¿Te ayudo con algo más?';
}

export function denyWithoutQuestion(): string {
  return 'De acuerdo. Si necesitas algo, aquí estoy.';
}

export function fallback(): string {
  return `Perdona, no te he entendido bien. ${whatICanDo} ¿Me lo dices de otra forma?`;
}

/** "El tinte raíz cuesta 40 € y dura 1 h 30 min." / "La consulta de color es gratis y dura 15 min." */
export function priceSentence(service: ServiceInfo): string {
  const { plural } = nounForm(service.name);
  const costs =
    service.priceCents === 0
      ? plural
        ? 'son gratis'
        : 'es gratis'
      : `${plural ? 'cuestan' : 'cuesta'} ${formatPrice(service.priceCents)}`;
  const lasts = `${plural ? 'duran' : 'dura'} ${formatDuration(service.durationMinutes)}`;
  return `${capitalise(withArticle(service.name))} ${costs} y ${lasts}.`;
}

/** One sentence per service, one line each. */
export function priceAnswer(services: ServiceInfo[]): string {
  return services.map(priceSentence).join('\n');
}

export function servicesWeOffer(services: ServiceInfo[]): string {
  return `¡Sí! ${priceAnswer(services)}`;
}

const priceLabel = (cents: number) =>
  cents === 0 ? 'gratis' : formatPrice(cents);

/** Services in the order a numbered list shows them: grouped by category, categories as they first appear. */
export function servicesInListOrder(services: ServiceInfo[]): ServiceInfo[] {
  const categories = [...new Set(services.map((service) => service.category))];
  return categories.flatMap((category) =>
    services.filter((service) => service.category === category),
  );
}

/** Services grouped by category, numbered 1… across the whole list so that "la 2" means one thing. */
function numberedByCategory(
  services: ServiceInfo[],
  line: (service: ServiceInfo) => string,
): string {
  const ordered = servicesInListOrder(services);
  return [...new Set(ordered.map((service) => service.category))]
    .map((category) => {
      const lines = ordered.flatMap((service, i) =>
        service.category === category ? [`${i + 1}. ${line(service)}`] : [],
      );
      return [`*${category}*`, ...lines].join('\n');
    })
    .join('\n\n');
}

const noServices =
  'Ahora mismo no tengo la lista de servicios a mano, perdona.';

export function priceList(services: ServiceInfo[]): string {
  if (services.length === 0) return noServices;
  const list = numberedByCategory(
    services,
    (s) => `${s.name}: ${priceLabel(s.priceCents)}`,
  );
  return `Estos son nuestros precios:\n\n${list}\n\n¿Te cuento algo más de alguno?`;
}

export function serviceList(services: ServiceInfo[]): string {
  if (services.length === 0) return noServices;
  const list = numberedByCategory(
    services,
    (s) =>
      `${s.name} (${formatDuration(s.durationMinutes)}, ${priceLabel(s.priceCents)})`,
  );
  return `Esto es lo que hacemos:\n\n${list}\n\n¿Te apetece alguno?`;
}

/** Asked for an appointment without saying what for: which service, and when. */
export function bookingWhichService(services: ServiceInfo[]): string {
  if (services.length === 0)
    return `¡Claro! Te ayudo con tu cita. ${noServices}`;
  const list = numberedByCategory(
    services,
    (s) => `${s.name} (${priceLabel(s.priceCents)})`,
  );
  return `¡Claro! Te ayudo con tu cita. ¿Qué servicio quieres?\n\n${list}\n\nDime cuál y qué día te vendría bien.`;
}

/** "martes a viernes", "lunes y domingo", "martes, jueves y sábado". */
function dayRange(weekdays: number[]): string {
  const parts = consecutiveRuns(weekdays).flatMap((run) =>
    run.length >= 3
      ? [`de ${dayName(run[0])} a ${dayName(run[run.length - 1])}`]
      : run.map(dayName),
  );
  return joinWithY(parts);
}

export function openingHours(week: ScheduleGroup[]): string {
  if (week.every((group) => group.periods.length === 0)) {
    return 'Ahora mismo no tengo el horario del salón a mano, perdona.';
  }
  const lines = week.map((group) => {
    const hours =
      group.periods.length === 0
        ? 'cerrado'
        : joinWithY(
            group.periods.map(
              (p) => `${formatTime(p.opensAt)}–${formatTime(p.closesAt)}`,
            ),
          );
    return `${capitalise(dayRange(group.weekdays))}: ${hours}`;
  });
  return `Nuestro horario:\n${lines.join('\n')}`;
}

/** One day's hours: "El viernes 27 de noviembre abrimos de 10:00 a 20:00." */
export function dayHours(
  day: string,
  { holiday, periods }: { holiday: string | null; periods: OpenPeriod[] },
): string {
  if (holiday)
    return `El ${day} es festivo (${holiday}) y el salón está cerrado.`;
  if (periods.length === 0) return `El ${day} el salón está cerrado.`;
  const spans = periods.map(
    (p) => `de ${formatTime(p.opensAt)} a ${formatTime(p.closesAt)}`,
  );
  return `El ${day} abrimos ${joinWithY(spans)}.`;
}

export function address(settings: SalonSettings): string {
  return `Estamos en ${settings.address}. ¡Te esperamos en ${settings.name}!`;
}

// ——— The booking dialogue ———

/** One appointment or slot as a customer reads it: "Corte mujer con Ana, el viernes 28 de noviembre a las 17:15". */
export interface Booking {
  services: ServiceInfo[];
  stylistName: string;
  /** "viernes 28 de noviembre a las 17:15" */
  when: string;
  priceCents: number;
}

const serviceNames = (services: ServiceInfo[]) =>
  joinWithY(services.map((s) => s.name));

const totalMinutes = (services: ServiceInfo[]) =>
  services.reduce((sum, s) => sum + s.durationMinutes, 0);

const totalCents = (services: ServiceInfo[]) =>
  services.reduce((sum, s) => sum + s.priceCents, 0);

/** "Corte mujer (45 min, 25 €)" */
function servicesWithTerms(services: ServiceInfo[]): string {
  return `${serviceNames(services)} (${formatDuration(totalMinutes(services))}, ${priceLabel(totalCents(services))})`;
}

export function bookingLine(booking: Booking): string {
  return `${serviceNames(booking.services)} con ${booking.stylistName}, el ${booking.when}`;
}

const numbered = (lines: string[]) =>
  lines.map((line, i) => `${i + 1}. ${line}`).join('\n');

/** Knows the services but not who or when. */
/** A returning customer: the stylist of last time proposed. */
export function askWhenWithLastStylist(
  services: ServiceInfo[],
  stylistName: string,
): string {
  return `¡Genial! ${priceAnswer(services)}\n¿Con ${stylistName}, como la última vez? ¿Y qué día te vendría bien?`;
}

export function askWhoAndWhen(
  services: ServiceInfo[],
  stylistNames: string[],
): string {
  const who =
    stylistNames.length > 0
      ? `¿Quieres que te atienda alguien en concreto (${joinWithY(stylistNames)}) o te da igual?`
      : '¿Quieres que te atienda alguien en concreto o te da igual?';
  return `¡Genial! ${priceAnswer(services)}\n${who} ¿Y qué día te vendría bien?`;
}

export interface SlotLine {
  /** "viernes 28 de noviembre a las 17:15" */
  when: string;
  /** Shown when the customer did not choose one. */
  stylistName: string | null;
}

function slotLines(slots: SlotLine[]): string {
  return numbered(
    slots.map((slot) =>
      slot.stylistName ? `${slot.when} con ${slot.stylistName}` : slot.when,
    ),
  );
}

export function offerSlots(
  services: ServiceInfo[],
  stylistName: string | null,
  slots: SlotLine[],
): string {
  const withWhom = stylistName ? ` con ${stylistName}` : '';
  return `Para ${servicesWithTerms(services)}${withWhom} tengo estos huecos:\n${slotLines(slots)}\n\n¿Cuál te viene mejor?`;
}

/** Why nothing matched, then the nearest alternatives if any. */
export function noSlots(
  why: string,
  services: ServiceInfo[],
  alternatives: SlotLine[],
): string {
  if (alternatives.length === 0) {
    return `${why} Y no veo huecos cercanos para ${serviceNames(services)}, lo siento. ¿Probamos con otro día?`;
  }
  return `${why} Lo más cercano que tengo para ${servicesWithTerms(services)}:\n${slotLines(alternatives)}\n\n¿Te viene bien alguno?`;
}

export const noSlotReasons = {
  closed: (day: string) => `El ${day} estamos cerrados.`,
  holiday: (day: string) => `El ${day} es festivo y el salón está cerrado.`,
  fully_booked: (day: string) =>
    `El ${day} no me queda ningún hueco que encaje.`,
  too_soon: (day: string) =>
    `Para el ${day} ya no me da tiempo: necesitamos un poco más de antelación.`,
  beyond_horizon: (day: string) =>
    `El ${day} todavía no tiene la agenda abierta.`,
  no_stylist: (day: string) =>
    `El ${day} no hay nadie disponible para ese servicio.`,
} as const;

/** "el viernes 28 de noviembre" or "entre el lunes 30 de noviembre y el domingo 6 de diciembre". */
export function daySpan(from: string, to: string): string {
  return from === to ? from : `${from} y el ${to}`;
}

export function closedWeekday(weekdayName: string, nextOpen: string): string {
  return `Los ${weekdayName} el salón está cerrado. El primer día que abrimos es el ${nextOpen}.`;
}

export function stylistDoesNotDo(
  stylistName: string,
  services: ServiceInfo[],
  others: string[],
): string {
  const alternatives =
    others.length > 0
      ? ` Te pueden atender ${joinWithY(others)}. ¿Con quién prefieres, o te da igual?`
      : '';
  return `${stylistName} no hace ${serviceNames(services).toLowerCase()}.${alternatives}`;
}

/** "Víctor no hace manicura; te atiende Rosa." */
export function onlyStylistDoes(
  asked: string,
  services: ServiceInfo[],
  only: string,
): string {
  return `${asked} no hace ${serviceNames(services).toLowerCase()}; te atiende ${only}.`;
}

export function askServiceAgain(day: string | null): string {
  const noted = day ? `Vale, para el ${day}. ` : '';
  return `${noted}¿Qué servicio quieres? Dime su nombre o su número de la lista.`;
}

/** A word that means several services ("un corte"): which one. */
export function whichOfServices(services: ServiceInfo[]): string {
  const lines = services.map((s) => `${s.name} (${priceLabel(s.priceCents)})`);
  return `¿Cuál de estos?\n${numbered(lines)}`;
}

/** "¿Hacéis extensiones?": no, and what the salon does instead (as a numbered list to choose from). */
export function notOffered(name: string, closest: ServiceInfo[]): string {
  const no = `No hacemos ${name}, lo siento.`;
  if (closest.length === 0) return no;
  const lines = closest.map((s) => `${s.name} (${priceLabel(s.priceCents)})`);
  return closest.length === 1
    ? `${no} Lo más parecido que tenemos es ${lines[0]}.`
    : `${no} Lo más parecido que tenemos:\n${numbered(lines)}`;
}

/** After the closest services were offered instead of one the salon does not do. */
export const interestedInOne = '¿Te interesa alguno?';
export const interestedInIt = '¿Te interesa?';

/** Who has free time, per category of services. */
export interface FreeStylists {
  category: string;
  /** `from`: their first free time, when one day was asked. */
  stylists: { name: string; from: string | null }[];
}

/** "¿Quién está libre el viernes?" */
export function whoIsFree(
  when: string,
  groups: FreeStylists[],
  servicesKnown: boolean,
): string {
  if (groups.length === 0)
    return `${capitalise(when)} no queda nadie libre, lo siento. ¿Miramos otro día?`;
  const names = (group: FreeStylists) =>
    joinWithY(
      group.stylists.map((s) =>
        s.from ? `${s.name} (desde las ${s.from})` : s.name,
      ),
    );
  const who =
    groups.length === 1
      ? names(groups[0])
      : groups
          .map((g) => `en ${g.category.toLowerCase()}, ${names(g)}`)
          .join('; ');
  const ask = servicesKnown
    ? '¿Con quién te lo reservo?'
    : '¿Qué servicio quieres?';
  return `${capitalise(when)} tienen hueco ${who}. ${ask}`;
}

export function tooManyAppointments(max: number): string {
  return `Ya tienes ${max} citas próximas, el máximo que se puede reservar por aquí. Si quieres, cancela o cambia alguna y buscamos otra.`;
}

export function separateCategories(
  kept: ServiceInfo[],
  left: ServiceInfo[],
): string {
  return `${serviceNames(left)} lo hace otra persona del equipo, así que irá en otra cita. Empezamos por ${serviceNames(kept).toLowerCase()}.`;
}

export function askName(): string {
  return '¿A nombre de quién hago la reserva?';
}

export function proposeName(name: string): string {
  return `¿Hago la reserva a nombre de ${name}?`;
}

export function summary(
  booking: Booking,
  customerName: string,
  settings: SalonSettings,
): string {
  return [
    'Te resumo la cita:',
    `• ${servicesWithTerms(booking.services)}`,
    `• Con ${booking.stylistName}`,
    `• El ${booking.when}`,
    `• A nombre de ${customerName}`,
    `• En ${settings.address}`,
    '',
    '¿Confirmo la cita?',
  ].join('\n');
}

export function booked(booking: Booking, settings: SalonSettings): string {
  return `¡Hecho! Te esperamos el ${booking.when} con ${booking.stylistName} para ${serviceNames(booking.services).toLowerCase()} (${priceLabel(booking.priceCents)}) en ${settings.address} ✨ Te escribiremos antes para recordártela.`;
}

export function slotJustTaken(): string {
  return 'Vaya, ese hueco se acaba de ocupar.';
}

export const bookingRuleText: Record<string, string> = {
  too_many_appointments:
    'Ya tienes el máximo de citas próximas que se pueden reservar por aquí. Si quieres, cancela o cambia alguna y buscamos otra.',
  too_soon:
    'Ese hueco ya está demasiado cerca para reservarlo por aquí. ¿Buscamos otro?',
  beyond_horizon:
    'Esa fecha todavía no tiene la agenda abierta. ¿Buscamos otra?',
};

export function bookingNotPossible(): string {
  return 'Ese hueco ya no se puede reservar. ¿Buscamos otro día u hora?';
}

export function askAnotherTime(): string {
  return 'Vale. ¿Qué otro día u hora te vendría bien?';
}

export function bookingDropped(): string {
  return 'Vale, no la reservo. ¿Quieres que busque otro día u hora?';
}

/** The customer changed their mind mid-request ("déjalo", "mejor no"): what is left as it was. */
export const requestDropped = {
  booking:
    'Vale, lo dejamos: no he reservado nada. Si quieres otra cosa, aquí estoy.',
  cancel: 'Vale, no cancelo nada: tu cita sigue en pie.',
  reschedule: 'Vale, lo dejamos: tu cita se queda como estaba.',
} as const;

/** "¿Está confirmada?" about the booking still being prepared. */
export function notBookedYet(): string {
  return 'Todavía no: aún no he reservado nada.';
}

/** "¿Qué citas tengo?" while a booking is being prepared and nothing is booked yet. */
export function nothingBookedYet(preparing: boolean): string {
  return preparing
    ? 'Aún no tienes ninguna cita reservada: la que estamos preparando todavía no está confirmada.'
    : 'No tienes ninguna cita próxima con nosotros.';
}

/** "¿Está confirmada (la del miércoles)?": yes, with what is booked. */
export function bookingConfirmed(bookings: Booking[]): string {
  if (bookings.length === 1)
    return `Sí, la tienes reservada: ${bookingLine(bookings[0])}.`;
  return `Sí, tienes estas citas reservadas:\n${numbered(bookings.map(bookingLine))}`;
}

/** "¿Está confirmada la del miércoles?" when nothing is booked that day. */
export function nothingBookedOn(day: string, others: Booking[]): string {
  const none = `No tengo ninguna cita tuya para el ${day}.`;
  return others.length === 0
    ? `${none} ¿Quieres que te busque hueco?`
    : `${none} ${yourAppointments(others)}`;
}

/** A thank-you in the middle of a request: the request goes on. */
export function youAreWelcome(): string {
  return '¡De nada!';
}

export function noAppointments(): string {
  return 'No tienes ninguna cita próxima con nosotros. ¿Quieres pedir una?';
}

export function yourAppointments(bookings: Booking[]): string {
  if (bookings.length === 1)
    return `Tienes una cita: ${bookingLine(bookings[0])}.`;
  return `Estas son tus próximas citas:\n${numbered(bookings.map(bookingLine))}`;
}

type ChangeAction = 'cancel' | 'reschedule';
const actionVerb: Record<ChangeAction, string> = {
  cancel: 'cancelar',
  reschedule: 'cambiar',
};

export function whichAppointment(
  action: ChangeAction,
  bookings: Booking[],
): string {
  return `${yourAppointments(bookings)}\n\n¿Cuál quieres ${actionVerb[action]}?`;
}

export function confirmCancel(booking: Booking): string {
  return `¿Cancelo tu cita de ${bookingLine(booking)}?`;
}

/** "sí" to the salon's confirmation request or reminder. */
export function confirmedByCustomer(
  booking: Booking,
  name: string | null,
): string {
  const first = firstNameOf(name);
  const thanks = first ? `¡Gracias, ${first}!` : '¡Gracias!';
  return `${thanks} Tu cita queda confirmada: ${bookingLine(booking)}. ¡Te esperamos!`;
}

/** "no puedo" to the salon's confirmation request: one check before cancelling. */
export function declinedCheck(booking: Booking): string {
  return `Vaya, ¿la cancelo? Es tu cita de ${bookingLine(booking)}. Si prefieres cambiarla a otro día, dímelo y la movemos.`;
}

export function cancelled(booking: Booking): string {
  return `Listo, he cancelado tu cita de ${bookingLine(booking)}. ¡Cuando quieras, pedimos otra!`;
}

export function appointmentKept(): string {
  return 'Perfecto, tu cita sigue en pie.';
}

/** A move whose services the salon no longer offers. */
export function movedServiceGone(): string {
  return 'Esa cita es de un servicio que ya no ofrecemos, así que no puedo cambiarla yo. ¿Te paso con el salón?';
}

export function movedServiceGoneNote(): string {
  return 'Quiere cambiar una cita de un servicio que ya no está en la carta.';
}

export function appointmentNotFound(): string {
  return 'No encuentro esa cita entre tus próximas citas. ¿Quieres que te las enseñe?';
}

export function movingAppointment(booking: Booking): string {
  return `Vamos a cambiar tu cita de ${bookingLine(booking)}.`;
}

export function askNewTime(booking: Booking): string {
  return `${movingAppointment(booking)} ¿Qué día y a qué hora te vendría mejor?`;
}

export function confirmReschedule(from: Booking, to: Booking): string {
  return `¿Cambio tu cita del ${from.when} al ${to.when} con ${to.stylistName}?`;
}

export function rescheduled(booking: Booking): string {
  return `¡Hecho! Tu cita queda el ${booking.when} con ${booking.stylistName}.`;
}

export function tooLateToChange(
  action: ChangeAction,
  windowHours: number,
): string {
  return `Queda menos de ${windowHours} h para la cita, así que ya no puedo ${actionVerb[action]}la por aquí. ¿Quieres que te pase con el salón para que lo vean ellos?`;
}

/** For staff's note: the change the customer asked for too late. */
export function lateChange(
  action: ChangeAction,
  booking: Booking | null,
  windowHours: number,
): string {
  const which = booking ? `su cita de ${bookingLine(booking)}` : 'una cita';
  return `${actionVerb[action]} ${which}, a menos de ${windowHours} h`;
}

/** A stylist no longer in the directory (made inactive since). */
export const someoneOfTheTeam = 'alguien del equipo';

export function notPassed(): string {
  return 'De acuerdo. Si necesitas algo más, aquí estoy.';
}

export type HandoffReason =
  | 'asked'
  | 'complaint'
  | 'misunderstood'
  | 'rule'
  | 'unknown_question';

export function handoff(
  reason: HandoffReason,
  settings: SalonSettings,
): string {
  const passing = `Te paso con una persona del equipo de ${settings.name}; te escribirá por aquí en cuanto pueda.`;
  switch (reason) {
    case 'complaint':
      return `Siento mucho lo ocurrido. ${passing}`;
    case 'misunderstood':
      return `Perdona, no consigo entenderte bien. ${passing}`;
    case 'unknown_question':
      return `Eso no lo sé, y prefiero no decirte algo que no sea cierto. ${passing}`;
    case 'asked':
    case 'rule':
      return `¡Claro! ${passing}`;
  }
}

const handoffReasonText: Record<HandoffReason, string> = {
  asked: 'el cliente pide hablar con una persona',
  complaint: 'queja del cliente',
  misunderstood: 'el bot no ha entendido dos mensajes seguidos',
  rule: 'quiere cambiar o cancelar una cita dentro del plazo mínimo',
  unknown_question:
    'el cliente pregunta algo que el bot no sabe (no está en las preguntas del salón)',
};

/** The private note for staff: why, and what the customer said and wanted. */
export function handoffNote(
  reason: HandoffReason,
  recentMessages: string[],
  wanted: string | null,
): string {
  return [
    `Traspaso del bot: ${handoffReasonText[reason]}.`,
    wanted ? `En curso: ${wanted}.` : null,
    recentMessages.length > 0
      ? `Últimos mensajes del cliente:\n${recentMessages.map((m) => `> ${m}`).join('\n')}`
      : null,
  ]
    .filter(Boolean)
    .join('\n');
}

const MEDIA_REPLY: Record<Exclude<MediaKind, 'location'>, string> = {
  audio: 'Perdona, no puedo escuchar audios. ¿Me lo escribes, por favor?',
  image:
    'He recibido la imagen, pero no puedo verla. Si es sobre una cita o un servicio, cuéntamelo por escrito, por favor.',
  sticker: '😊',
  video:
    'He recibido el vídeo, pero no puedo verlo. ¿Me cuentas por escrito lo que necesitas?',
  contact:
    'He recibido el contacto, pero no puedo usarlo. Si quieres pedir cita para otra persona, dime su nombre por escrito.',
  file: 'He recibido el archivo, pero no puedo abrirlo. ¿Me cuentas por escrito lo que necesitas?',
};

/** A turn of messages without text: one short answer, for the most telling kind among them. */
export function mediaReply(
  kinds: MediaKind[],
  settings: SalonSettings,
): string {
  const order: MediaKind[] = [
    'audio',
    'contact',
    'location',
    'video',
    'file',
    'image',
    'sticker',
  ];
  const kind = order.find((k) => kinds.includes(k)) ?? 'file';
  if (kind === 'location')
    return `¡Gracias por la ubicación! Nosotros estamos en ${settings.address}. ¿En qué te ayudo?`;
  return MEDIA_REPLY[kind];
}

/** The bot could not handle the customer's message at all (its turn kept failing): a person takes over. */
export function failedTurnReply(): string {
  return 'Perdona, he tenido un problema técnico con tu mensaje. Te paso con una persona del equipo; te escribirá por aquí en cuanto pueda.';
}

/** Staff's note when a turn gave up: the error, for whoever looks into it, and what the customer wrote. */
export function failedTurnNote(error: string, messages: string[]): string {
  return [
    'Traspaso del bot: no ha podido procesar el mensaje (error técnico repetido).',
    `Error: ${error.slice(0, 500)}`,
    messages.length > 0
      ? `Mensajes del cliente:\n${messages.map((m) => `> ${m}`).join('\n')}`
      : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Repeats what the dialogue is waiting for, after answering a question in the middle of it. */
export const backToIt = {
  service: '¿Qué servicio quieres reservar?',
  stylist_or_day: '¿Con quién y qué día te vendría bien?',
  option: '¿Cuál de los huecos te viene mejor?',
  name: '¿A nombre de quién hago la reserva?',
  confirmation: '¿Lo confirmo?',
  appointment_choice: '¿Cuál de tus citas?',
} as const;

/** The yes each flow waits for, asked again after a question in between. */
export const confirmAgain = {
  booking: '¿Confirmo la cita?',
  cancel: '¿La cancelo?',
  reschedule: '¿La cambio?',
  offering_salon: '¿Te paso con el salón?',
  idle: backToIt.confirmation,
} as const;

/** A bare "vale" to a question it does not answer: the question again. */
export function okAndAgain(question: string): string {
  return `Vale.\n\n${question}`;
}

export function noSuchOption(): string {
  return `No tengo esa opción. ${backToIt.option}`;
}

export const nothingInThoseDays =
  'En esas fechas no me queda ningún hueco que encaje.';

/** A name given out of the blue; `continuing`: the dialogue's own question follows. */
export function niceToMeetYou(name: string, continuing: boolean): string {
  return continuing
    ? `¡Encantada, ${name}!`
    : `¡Encantada, ${name}! ¿En qué te ayudo?`;
}
