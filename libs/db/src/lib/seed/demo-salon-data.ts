// The demo salon of shared/SALON.md, as rows: settings, hours, stylists, services, holidays.
import type {
  holidays,
  openingHours,
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
