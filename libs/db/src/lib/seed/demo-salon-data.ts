// The demo salon of shared/SALON.md, as rows: settings, hours, stylists, services, holidays.
import type {
  holidays,
  openingHours,
  salonAnswers,
  salonSettings,
  services,
  stylists,
} from '../schema/index.js';

const hour = (h: number, m = 0) => h * 60 + m;
const euros = (amount: number) => Math.round(amount * 100);

/** Settings not listed take the column defaults, which are the demo salon's rules. */
export const DEMO_SETTINGS: typeof salonSettings.$inferInsert = {
  id: 1,
  name: 'Atrévete Peluquería',
  address: 'Calle de la Constitución 5, Madrid',
  timeZone: 'Europe/Madrid',
  personaName: 'Maite',
  // The demo salon's approved WhatsApp templates (shared/SALON.md).
  confirmationTemplate: 'confirmacion_cita',
  reminderTemplate: 'recordatorio_cita',
};

/** Tuesday–Friday 10:00–20:00, Saturday 09:00–14:00; Monday and Sunday closed (no row). */
export const DEMO_OPENING_HOURS: (typeof openingHours.$inferInsert)[] = [
  { weekday: 2, opensAt: hour(10), closesAt: hour(20) },
  { weekday: 3, opensAt: hour(10), closesAt: hour(20) },
  { weekday: 4, opensAt: hour(10), closesAt: hour(20) },
  { weekday: 5, opensAt: hour(10), closesAt: hour(20) },
  { weekday: 6, opensAt: hour(9), closesAt: hour(14) },
];

export const DEMO_STYLISTS: (typeof stylists.$inferInsert)[] = [
  { name: 'Víctor', category: 'Peluquería' },
  { name: 'Ana', category: 'Peluquería' },
  { name: 'Marta', category: 'Peluquería' },
  { name: 'Ana María', category: 'Peluquería' },
  { name: 'Pilar', category: 'Peluquería' },
  { name: 'Rosa', category: 'Estética' },
];

type DemoService = Pick<
  typeof services.$inferInsert,
  'name' | 'category' | 'durationMinutes' | 'priceCents' | 'aliases'
>;

const service = (
  name: string,
  category: DemoService['category'],
  durationMinutes: number,
  priceEuros: number,
  aliases: string[] = [],
): DemoService => ({
  name,
  category,
  durationMinutes,
  priceCents: euros(priceEuros),
  aliases,
});

export const DEMO_SERVICES: DemoService[] = [
  service('Corte mujer', 'Peluquería', 45, 25, [
    'cortar el pelo',
    'corte de pelo',
  ]),
  service('Corte hombre', 'Peluquería', 30, 15, ['corte caballero']),
  service('Corte + peinado', 'Peluquería', 60, 35),
  service('Peinado', 'Peluquería', 30, 18, ['lavar y peinar', 'brushing']),
  service('Tinte raíz', 'Peluquería', 90, 40, [
    'tinte',
    'color',
    'retocar raíces',
  ]),
  service('Mechas', 'Peluquería', 150, 75, ['balayage', 'reflejos']),
  service('Alisado de keratina', 'Peluquería', 180, 120, ['keratina']),
  service('Recogido', 'Peluquería', 60, 45, ['recogido de novia', 'moño']),
  service('Arreglo de barba', 'Peluquería', 20, 10, ['barba']),
  service('Consulta de color', 'Peluquería', 15, 0, ['asesoramiento']),
  service('Manicura', 'Estética', 45, 18, ['uñas', 'manicura semipermanente']),
  service('Pedicura', 'Estética', 60, 28),
  service('Depilación de cejas', 'Estética', 15, 8, ['cejas']),
  service('Depilación piernas completas', 'Estética', 45, 25, ['piernas']),
  service('Limpieza facial', 'Estética', 60, 40, ['facial']),
  service('Lifting de pestañas', 'Estética', 60, 35, ['pestañas']),
  service('Masaje relajante', 'Estética', 60, 45, ['masaje']),
];

/** Spain's national holidays that fall on a fixed date (month, day, name). */
const FIXED_HOLIDAYS: [number, number, string][] = [
  [1, 1, 'Año Nuevo'],
  [1, 6, 'Epifanía del Señor'],
  [5, 1, 'Fiesta del Trabajo'],
  [8, 15, 'Asunción de la Virgen'],
  [10, 12, 'Fiesta Nacional de España'],
  [11, 1, 'Todos los Santos'],
  [12, 6, 'Día de la Constitución'],
  [12, 8, 'Inmaculada Concepción'],
  [12, 25, 'Navidad'],
];

/** The fixed-date holidays of the given years, as holiday rows. */
export function demoHolidays(
  years: number[],
): (typeof holidays.$inferInsert)[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return years.flatMap((year) =>
    FIXED_HOLIDAYS.map(([month, day, name]) => ({
      date: `${year}-${pad(month)}-${pad(day)}`,
      name,
    })),
  );
}

/** The salon's own answers (SALON.md), with the words customers use for each. */
export const DEMO_ANSWERS: (typeof salonAnswers.$inferInsert)[] = [
  {
    topic: 'Retrasos',
    phrasings: [
      'llego tarde',
      'llegar tarde',
      'llegue tarde',
      'llegamos tarde',
      'retraso',
      'me retraso',
      'minutos tarde',
      'min tarde',
      'se me hace tarde',
      'voy con retraso',
    ],
    answer:
      'Hasta 10 minutos de retraso no pasa nada. Si llegas más tarde, puede que haya que acortar o mover la cita si la siguiente persona ya está esperando.',
  },
  {
    topic: 'Cancelaciones',
    phrasings: [
      'politica de cancelacion',
      'penalizacion',
      'cobrais si cancelo',
      'cobrais por cancelar',
      'se paga si cancelo',
      'que pasa si no voy',
      'que pasa si cancelo',
      'cancelar con tiempo',
      'con cuanta antelacion',
    ],
    answer:
      'Puedes cancelar o cambiar la cita gratis hasta 24 horas antes; después, hablándolo con el salón. No cobramos nada por cancelar.',
  },
  {
    topic: 'Formas de pago',
    phrasings: [
      'pagar con tarjeta',
      'tarjeta',
      'bizum',
      'efectivo',
      'formas de pago',
      'forma de pago',
      'como se paga',
      'como pago',
      'pago por adelantado',
      'pagar antes',
      'señal',
      'datafono',
    ],
    answer:
      'Puedes pagar en efectivo, con tarjeta o por Bizum, siempre en el salón: no hace falta pagar nada por adelantado.',
  },
  {
    topic: 'Aparcamiento',
    phrasings: [
      'aparcar',
      'aparcamiento',
      'parking',
      'donde dejo el coche',
      'voy en coche',
      'zona azul',
    ],
    answer:
      'No tenemos parking propio. A 3 minutos andando está el parking público Plaza Mayor; en la calle se paga (zona azul).',
  },
  {
    topic: 'Accesibilidad',
    phrasings: [
      'silla de ruedas',
      'accesible',
      'accesibilidad',
      'escalones',
      'escaleras',
      'carrito',
      'movilidad reducida',
    ],
    answer:
      'Estamos a pie de calle y la entrada no tiene escalones, así que se entra sin problema con silla de ruedas o carrito.',
  },
  {
    topic: 'Niños',
    phrasings: [
      'niño',
      'niña',
      'niños',
      'peque',
      'crio',
      'corte infantil',
      'infantil',
    ],
    answer:
      'Sí, cortamos el pelo a niños con cualquiera de nuestras peluqueras: reserva un corte hombre o un corte mujer a su nombre.',
  },
  {
    topic: 'Tarjetas regalo',
    phrasings: [
      'tarjeta regalo',
      'vale regalo',
      'cheque regalo',
      'bono regalo',
      'regalar',
      'regalo',
    ],
    answer:
      'Sí, vendemos tarjetas regalo en el salón, del importe que quieras y válidas durante un año.',
  },
  {
    topic: 'Productos',
    phrasings: [
      'productos',
      'champu',
      'mascarilla para el pelo',
      'vendeis',
      'crema',
      'acondicionador',
    ],
    answer:
      'Sí, en el salón vendemos productos para el cuidado del pelo y de la piel; te aconsejamos cuando vengas.',
  },
  {
    topic: 'Wi-Fi y bebidas',
    phrasings: ['wifi', 'wi fi', 'cafe', 'algo de beber', 'bebida', 'bebidas'],
    answer:
      'Tenemos wifi gratis y te ofrecemos un café o un té mientras esperas.',
  },
  {
    topic: 'Recordatorios',
    phrasings: [
      'recordatorio',
      'recordar la cita',
      'recordais la cita',
      'avisais antes',
      'me avisais',
      'me recordais',
    ],
    answer:
      'Sí: te escribimos por WhatsApp el día antes para que nos confirmes y unas horas antes para recordarte la cita.',
  },
];
