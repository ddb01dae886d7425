// Every Spanish sentence the bot says: warm, short, "tú", 24-hour times, numbered lists, ≤ 1 emoji.
import { formatDuration, formatPrice, formatTime } from './format.js';
import { consecutiveRuns, type ScheduleGroup } from './opening-hours.js';
import type { SalonSettings, ServiceInfo } from './ports.js';
import {
  capitalise,
  joinWithY,
  nounForm,
  withArticle,
} from './spanish-grammar.js';

const weekdayNames = [
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
];
const dayName = (isoWeekday: number) => weekdayNames[isoWeekday - 1];

const whatICanDo =
  'Puedo ayudarte a pedir, cambiar o cancelar una cita, y contarte precios, servicios, horario y dónde estamos.';

export function greeting(settings: SalonSettings): string {
  return `¡Hola! Soy ${settings.personaName}, de ${settings.name} 😊 ${whatICanDo} ¿En qué te ayudo?`;
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

/** Services grouped by category, numbered 1… across the whole list so that "la 2" means one thing. */
function numberedByCategory(
  services: ServiceInfo[],
  line: (service: ServiceInfo) => string,
): string {
  const categories = [...new Set(services.map((service) => service.category))];
  let number = 0;
  return categories
    .map((category) => {
      const lines = services
        .filter((service) => service.category === category)
        .map((service) => `${++number}. ${line(service)}`);
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

/** Asked for an appointment for known services: what they cost, and when the customer wants it. */
export function bookingWhen(services: ServiceInfo[]): string {
  return `¡Genial! ${priceAnswer(services)}\n¿Qué día y a qué hora te vendría bien?`;
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

export function address(settings: SalonSettings): string {
  return `Estamos en ${settings.address}. ¡Te esperamos en ${settings.name}!`;
}

const pendingActions = {
  cancel: 'cancelar citas',
  reschedule: 'cambiar citas',
  my_appointments: 'consultar tus citas',
} as const;

/** Honest about what this version cannot do yet, and says what it can. */
export function notYetPossible(action: keyof typeof pendingActions): string {
  return `Lo siento, todavía no puedo ${pendingActions[action]} por aquí. Sí puedo contarte precios, servicios, horario y dirección.`;
}

export function personNotYetAvailable(): string {
  return 'Entendido. Todavía no puedo pasarte con una persona desde este chat, lo siento. Mientras tanto, te ayudo con precios, servicios, horario o la dirección.';
}

export function complaintNotYetHandled(settings: SalonSettings): string {
  return `Siento mucho lo ocurrido. Todavía no puedo pasarte con una persona desde este chat, pero tu mensaje queda aquí para el equipo de ${settings.name}.`;
}
