// The Spanish prompt of the llm understander: the salon's catalogue and rules, today's date, the conversation so far.
import { Info } from 'luxon';
import {
  addDays,
  isoWeekdayOf,
  localDateOf,
  localMinuteOf,
} from '@atrevete/salon';
import type {
  Expectation,
  Intent,
  UnderstandingContext,
} from '../understanding.js';

/** One line per intent: the model reads these as the labels' definitions. */
const intentMeanings: Record<Intent, string> = {
  greeting: 'saluda ("hola", "buenas")',
  thanks_bye: 'da las gracias o se despide',
  book: 'quiere pedir una cita nueva',
  choose_service: 'nombra uno o varios servicios',
  choose_stylist: 'elige estilista, o dice que le da igual',
  choose_day:
    'dice un día o unos días ("mañana", "el viernes", "la semana que viene")',
  choose_time: 'dice una hora ("a las 5", "sobre las 11")',
  choose_option:
    'elige una de las opciones numeradas que le ofreció el bot ("la segunda", "la de las 11")',
  give_name: 'da el nombre a cuyo nombre se hace la reserva',
  affirm: 'dice que sí o confirma ("sí", "vale", "perfecto")',
  deny: 'dice que no o rechaza ("no", "no gracias", "ninguna me viene bien")',
  correction:
    'corrige algo que dijo antes ("mejor el sábado", "con Ana no, con Marta")',
  change_of_mind:
    'cambia de idea y deja lo que estaba haciendo ("déjalo", "mejor no", "olvídalo", "otra cosa")',
  my_appointments: 'pregunta qué citas tiene',
  booking_check:
    'pregunta si su cita está confirmada o apuntada ("¿está confirmada?", "¿me lo apuntaste?")',
  cancel: 'quiere cancelar o anular una cita',
  reschedule: 'quiere cambiar una cita a otro día u hora',
  price_question: 'pregunta cuánto cuesta algo',
  services_question: 'pregunta qué servicios hay o si hacéis uno',
  hours_question: 'pregunta el horario',
  address_question: 'pregunta dónde está el salón',
  salon_question:
    'pregunta algo de los temas del salón (retrasos, pagos, aparcamiento…): pon el tema en salonTopics',
  talk_to_person: 'pide hablar con una persona',
  complaint: 'se queja del servicio o del trato',
  unknown: 'nada de lo anterior',
};

const expectationMeanings: Record<Expectation, string> = {
  service: 'qué servicio quiere',
  stylist_or_day: 'con qué estilista (o si le da igual) y qué día',
  option: 'que elija una de las opciones numeradas que le ofreció',
  name: 'a nombre de quién hace la reserva',
  confirmation: 'que confirme o no el resumen de la cita',
  appointment_choice: 'cuál de sus citas (numeradas) quiere',
};

// Monday first, as ISO weekdays count.
const weekdays = Info.weekdays('long', { locale: 'es' });

/** Two weeks of dates spelled out: models get "el viernes" right far more often than they do date arithmetic. */
const DAYS_LISTED = 14;

/** Enough turns for "la segunda" or "mejor el sábado" to make sense, few enough to keep the prompt short. */
const TURNS_SHOWN = 6;

function weekdayOf(date: string): string {
  return weekdays[isoWeekdayOf(date) - 1];
}

function hhmm(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** What stays the same for every turn of a salon (and so can be cached by the server). */
export function systemPrompt(ctx: UnderstandingContext): string {
  const services = ctx.services.map((s) => {
    const aliases = s.aliases.length
      ? ` (también: ${s.aliases.join(', ')})`
      : '';
    return `- ${s.name} [${s.category}]${aliases}`;
  });
  const stylists = ctx.stylists.map((s) => `- ${s.name} [${s.category}]`);
  const topics = (ctx.answers ?? []).map(
    (a) => `- ${a.topic} (${a.phrasings.slice(0, 4).join(', ')})`,
  );
  const meanings = Object.entries(intentMeanings).map(
    ([intent, meaning]) => `- ${intent}: ${meaning}`,
  );
  return [
    'Entiendes los mensajes de WhatsApp que los clientes escriben a una peluquería y centro de estética de España.',
    'No contestas al cliente: solo dices qué quiere, rellenando el formato pedido.',
    '',
    'Servicios (escribe siempre el nombre exacto de la lista, aunque el cliente use otro nombre, un sinónimo o una falta de ortografía):',
    ...services,
    '',
    'Estilistas (nombre exacto de la lista):',
    ...stylists,
    '',
    'Temas del salón (nombre exacto de la lista; una pregunta que no es de ninguno no lleva tema):',
    ...(topics.length ? topics : ['(ninguno)']),
    '',
    'Intenciones (pon todas las que haya en los mensajes nuevos; por ejemplo "hola, quiero cita para mechas" es greeting, book y choose_service):',
    ...meanings,
    '',
    'Reglas:',
    '- Fechas en YYYY-MM-DD. "el viernes" es el próximo viernes desde hoy; "la semana que viene" va del lunes al domingo siguientes.',
    '- Horas en HH:MM de 24 horas. El salón abre de 9:00 a 20:00: "a las 5" son las 17:00 y "a las 11" las 11:00.',
    '- "sobre las 11", "hacia las 11": hora aproximada.',
    '- Por la mañana es antes de las 14:00; por la tarde, desde las 14:00.',
    '- Lo que no se diga va vacío o null. No inventes nada.',
    '- Lee los mensajes nuevos como respuesta a lo último que preguntó el bot ("Laura" tras pedir el nombre es un nombre; "sí" tras un resumen es una confirmación).',
  ].join('\n');
}

/** The turn to understand, with the date and the conversation it answers. */
export function turnPrompt(texts: string[], ctx: UnderstandingContext): string {
  const today = localDateOf(ctx.now, ctx.timeZone);
  const next = Array.from({ length: DAYS_LISTED }, (_, i) => {
    const date = addDays(today, i + 1);
    return `${weekdayOf(date)} ${date}`;
  });
  const turns = ctx.recentTurns
    .slice(-TURNS_SHOWN)
    .flatMap((turn) => [
      ...turn.texts.map((text) => `Cliente: ${text}`),
      `Bot: ${turn.reply}`,
    ]);
  return [
    `Hoy es ${weekdayOf(today)} ${today}, son las ${hhmm(localMinuteOf(ctx.now, ctx.timeZone))} (${ctx.timeZone}).`,
    `Próximos días: ${next.join(', ')}.`,
    ctx.expecting
      ? `El último mensaje del bot preguntaba ${expectationMeanings[ctx.expecting]}.`
      : 'El último mensaje del bot no preguntaba nada concreto.',
    '',
    'Conversación reciente (solo como contexto):',
    ...(turns.length ? turns : ['(ninguna)']),
    '',
    'Mensajes nuevos del cliente (entiende estos):',
    ...texts,
  ].join('\n');
}
