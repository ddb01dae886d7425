// For the agenda specs only: a salon's catalogue and a Tuesday of its agenda as the API answers them (Madrid, UTC+1 in December).
import type {
  AgendaAppointment,
  AgendaResponse,
  CatalogueResponse,
} from '@atrevete/console-api';

export const TUESDAY = '2026-12-01';

export const catalogue: CatalogueResponse = {
  services: [
    {
      id: 1,
      name: 'Corte mujer',
      category: 'Peluquería',
      durationMinutes: 45,
      priceCents: 2500,
      aliases: [],
      active: true,
      stylistIds: [1, 2],
    },
    {
      id: 2,
      name: 'Corte hombre',
      category: 'Peluquería',
      durationMinutes: 30,
      priceCents: 1500,
      aliases: [],
      active: true,
      stylistIds: [1, 2],
    },
    {
      id: 3,
      name: 'Depilación de cejas',
      category: 'Estética',
      durationMinutes: 15,
      priceCents: 800,
      aliases: [],
      active: true,
      stylistIds: [3],
    },
  ],
  stylists: [
    { id: 1, name: 'Ana', category: 'Peluquería', active: true },
    { id: 2, name: 'Marta', category: 'Peluquería', active: true },
    { id: 3, name: 'Rosa', category: 'Estética', active: true },
  ],
};

export function appointment(
  overrides: Partial<AgendaAppointment> & Pick<AgendaAppointment, 'id'>,
): AgendaAppointment {
  return {
    stylistId: 1,
    start: '2026-12-01T11:00:00.000Z',
    end: '2026-12-01T11:30:00.000Z',
    status: 'confirmed',
    priceCents: 1500,
    customer: {
      id: 10,
      name: 'Paco Martín',
      phone: '+34600998877',
      noShows: 0,
    },
    bookedFor: null,
    services: [{ id: 2, name: 'Corte hombre' }],
    bookedBy: { kind: 'staff', name: 'Lucía Recepción' },
    updatedAt: '2026-11-26T09:00:00.000Z',
    messages: { confirmation: null, reminder: null },
    unconfirmedAlert: false,
    ...overrides,
  };
}

export const irene = appointment({
  id: 1,
  stylistId: 3,
  start: '2026-12-01T09:00:00.000Z',
  end: '2026-12-01T09:15:00.000Z',
  customer: { id: 11, name: 'Irene Vidal', phone: '+34600111222', noShows: 0 },
  services: [{ id: 3, name: 'Depilación de cejas' }],
  bookedBy: { kind: 'bot' },
  priceCents: 800,
});
export const paco = appointment({ id: 2, status: 'pending' });
export const cancelled = appointment({
  id: 3,
  stylistId: 2,
  start: '2026-12-01T15:00:00.000Z',
  end: '2026-12-01T15:45:00.000Z',
  status: 'cancelled',
  customer: { id: 12, name: 'Nerea Gil', phone: null, noShows: 0 },
});

/** Tuesday: open 10:00–20:00 with a 14:00–15:00 break; Marta has a course 17:00–18:00. */
export function tuesday(
  appointments: AgendaAppointment[] = [irene, paco, cancelled],
): AgendaResponse {
  return {
    view: 'day',
    timeZone: 'Europe/Madrid',
    days: [
      {
        date: TUESDAY,
        hours: {
          opens: '10:00',
          closes: '20:00',
          breakStart: '14:00',
          breakEnd: '15:00',
        },
        holiday: null,
      },
    ],
    stylists: catalogue.stylists.map((stylist) => ({
      ...stylist,
      appointments: appointments.filter((a) => a.stylistId === stylist.id),
      blocks:
        stylist.id === 2
          ? [
              {
                id: 1,
                stylistId: 2,
                kind: 'once' as const,
                start: '2026-12-01T16:00:00.000Z',
                end: '2026-12-01T17:00:00.000Z',
                reason: 'Formación',
              },
            ]
          : [],
    })),
  };
}
