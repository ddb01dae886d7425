// The demo salon of SALON.md as an in-memory SalonDirectory, for tests only; tests may edit its data.
import { demoServices, demoStylists } from '@atrevete/booking/testing';
import type {
  Holiday,
  OpeningHoursRow,
  SalonAnswer,
  SalonDirectory,
  SalonSettings,
  ServiceInfo,
  StylistInfo,
} from '../lib/ports.js';

export interface DemoSalon extends SalonDirectory {
  data: {
    settings: SalonSettings;
    services: ServiceInfo[];
    stylists: StylistInfo[];
    openingHours: OpeningHoursRow[];
    holidays: Holiday[];
    answers: SalonAnswer[];
  };
}

export { demoServices };

const hours = (h: number, m = 0) => h * 60 + m;

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
      cancellationWindowHours: 24,
      maxFutureAppointments: 3,
    },
    services: demoServices(),
    stylists: demoStylists(),
    holidays: [
      { date: '2026-12-08', name: 'Inmaculada Concepción' },
      { date: '2026-12-25', name: 'Navidad' },
    ],
    answers: [
      {
        id: 1,
        topic: 'Retrasos',
        phrasings: ['llego tarde', 'retraso'],
        answer: 'Hasta 10 minutos de retraso no pasa nada.',
      },
      {
        id: 2,
        topic: 'Formas de pago',
        phrasings: ['tarjeta', 'bizum', 'efectivo'],
        answer: 'Puedes pagar en efectivo, con tarjeta o por Bizum.',
      },
    ],
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
    stylists: async () => data.stylists.map((stylist) => ({ ...stylist })),
    holidays: async () => data.holidays.map((holiday) => ({ ...holiday })),
    openingHours: async () => data.openingHours.map((row) => ({ ...row })),
    answers: async () =>
      data.answers.map((answer) => ({
        ...answer,
        phrasings: [...answer.phrasings],
      })),
  };
}
