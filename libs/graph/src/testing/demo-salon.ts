// The demo salon of SALON.md as an in-memory SalonDirectory, for tests only; tests may edit its data.
import type {
  OpeningHoursRow,
  SalonDirectory,
  SalonSettings,
  ServiceInfo,
} from '../lib/ports.js';

export interface DemoSalon extends SalonDirectory {
  data: {
    settings: SalonSettings;
    services: ServiceInfo[];
    openingHours: OpeningHoursRow[];
  };
}

const hours = (h: number, m = 0) => h * 60 + m;

export function demoServices(): ServiceInfo[] {
  const rows: [string, string, number, number, string[]][] = [
    ['Corte mujer', 'Peluquería', 45, 25, ['cortar el pelo', 'corte de pelo']],
    ['Corte hombre', 'Peluquería', 30, 15, ['corte caballero']],
    ['Corte + peinado', 'Peluquería', 60, 35, []],
    ['Peinado', 'Peluquería', 30, 18, ['lavar y peinar', 'brushing']],
    ['Tinte raíz', 'Peluquería', 90, 40, ['tinte', 'color', 'retocar raíces']],
    ['Mechas', 'Peluquería', 150, 75, ['balayage', 'reflejos']],
    ['Alisado de keratina', 'Peluquería', 180, 120, ['keratina']],
    ['Recogido', 'Peluquería', 60, 45, ['recogido de novia', 'moño']],
    ['Arreglo de barba', 'Peluquería', 20, 10, ['barba']],
    ['Consulta de color', 'Peluquería', 15, 0, ['asesoramiento']],
    ['Manicura', 'Estética', 45, 18, ['uñas', 'manicura semipermanente']],
    ['Pedicura', 'Estética', 60, 28, []],
    ['Depilación de cejas', 'Estética', 15, 8, ['cejas']],
    ['Depilación piernas completas', 'Estética', 45, 25, ['piernas']],
    ['Limpieza facial', 'Estética', 60, 40, ['facial']],
    ['Lifting de pestañas', 'Estética', 60, 35, ['pestañas']],
    ['Masaje relajante', 'Estética', 60, 45, ['masaje']],
  ];
  return rows.map(([name, category, durationMinutes, euros, aliases], i) => ({
    id: i + 1,
    name,
    category,
    durationMinutes,
    priceCents: euros * 100,
    aliases,
  }));
}

/** Looks a demo service up by name; fails loudly on a typo in a test. */
export function serviceId(name: string): number {
  const service = demoServices().find((candidate) => candidate.name === name);
  if (!service) throw new Error(`No demo service named ${name}`);
  return service.id;
}

export function demoSalon(): DemoSalon {
  const weekdays = [2, 3, 4, 5].map((weekday) => ({
    weekday,
    opensAt: hours(10),
    closesAt: hours(20),
    breakStart: null,
    breakEnd: null,
  }));
  const data = {
    settings: {
      name: 'Atrévete Peluquería',
      address: 'Calle de la Constitución 5, Madrid',
      timeZone: 'Europe/Madrid',
      personaName: 'Maite',
    },
    services: demoServices(),
    openingHours: [
      ...weekdays,
      {
        weekday: 6,
        opensAt: hours(9),
        closesAt: hours(14),
        breakStart: null,
        breakEnd: null,
      },
    ],
  };
  return {
    data,
    settings: async () => ({ ...data.settings }),
    services: async () => data.services.map((service) => ({ ...service })),
    openingHours: async () => data.openingHours.map((row) => ({ ...row })),
  };
}
