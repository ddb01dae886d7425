// The week and the holidays as the owner edits them: one row per weekday, the whole week saved at once, the server's reasons next to the day and field.
import type { OpeningDayView, SettingsResponse } from '@atrevete/console-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  renderPage,
  sessionOf,
  type ApiScript,
  type RenderedPage,
} from '../customers/page-test-kit';
import SettingsPage from './SettingsPage';

const closed = (weekday: number): OpeningDayView => ({
  weekday,
  closed: true,
  opensAt: null,
  closesAt: null,
  breakStart: null,
  breakEnd: null,
});
const open = (weekday: number, opensAt: string, closesAt: string) => ({
  ...closed(weekday),
  closed: false,
  opensAt,
  closesAt,
});

const settings: SettingsResponse = {
  salon: {
    name: 'Atrévete Peluquería',
    address: 'Calle de la Constitución 5, Madrid',
    phone: null,
    personaName: 'Maite',
    timeZone: 'Europe/Madrid',
    minNoticeMinutes: 120,
    maxDaysAhead: 60,
    maxFutureAppointments: 3,
    cancellationWindowHours: 24,
    confirmationOffsetMinutes: 1440,
    reminderOffsetMinutes: 120,
    unconfirmedAlertMinutes: 240,
    confirmationTemplate: 'confirmacion_cita',
    reminderTemplate: null,
    templateLanguage: 'es',
  },
  hours: [
    closed(1),
    open(2, '10:00', '20:00'),
    open(3, '10:00', '20:00'),
    open(4, '10:00', '20:00'),
    open(5, '10:00', '20:00'),
    open(6, '09:00', '14:00'),
    closed(7),
  ],
  holidays: [{ date: '2026-12-25', name: 'Navidad' }],
};

const routes = <Route path="/settings/*" element={<SettingsPage />} />;

describe('the hours page', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  const show = (script: ApiScript) => {
    page = renderPage(
      '/settings/hours',
      routes,
      (call) =>
        call.method === 'GET' && call.path === '/api/settings'
          ? { status: 200, body: settings }
          : script(call),
      sessionOf('owner'),
    );
  };

  it('has a row per weekday, Monday first, and saves the whole week with a break on Tuesday and Monday open', async () => {
    show((call) =>
      call.method === 'PUT'
        ? {
            status: 200,
            body: {
              hours: (call.body as { days: OpeningDayView[] }).days,
            },
          }
        : undefined,
    );
    const monday = await screen.findByRole('group', { name: 'Lunes' });
    expect(
      screen
        .getAllByRole('group')
        .map((group) => group.querySelector('legend')?.textContent),
    ).toEqual([
      'Lunes',
      'Martes',
      'Miércoles',
      'Jueves',
      'Viernes',
      'Sábado',
      'Domingo',
    ]);
    expect(within(monday).queryByLabelText('Abre')).toBeNull();
    await userEvent.click(within(monday).getByLabelText('Cerrado'));
    await userEvent.type(within(monday).getByLabelText('Abre'), '09:30');
    await userEvent.type(within(monday).getByLabelText('Cierra'), '13:30');
    const tuesday = screen.getByRole('group', { name: 'Martes' });
    await userEvent.type(
      within(tuesday).getByLabelText('Descanso desde'),
      '14:00',
    );
    await userEvent.type(
      within(tuesday).getByLabelText('Descanso hasta'),
      '15:00',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Guardar horario' }),
    );
    await screen.findByText('Horario guardado. El bot ya lo usa.');
    const put = page.calls.find((call) => call.method === 'PUT');
    expect(put?.path).toBe('/api/settings/hours');
    const days = (put?.body as { days: OpeningDayView[] }).days;
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({
      weekday: 1,
      closed: false,
      opensAt: '09:30',
      closesAt: '13:30',
      breakStart: null,
      breakEnd: null,
    });
    expect(days[1]).toMatchObject({ breakStart: '14:00', breakEnd: '15:00' });
    expect(days[6]).toMatchObject({ weekday: 7, closed: true });
  });

  it('shows each reason next to the day and time it is about', async () => {
    show(() => ({
      status: 400,
      body: {
        error: 'invalid',
        message: 'Revisa los datos del formulario.',
        fields: {
          'days.2.closesAt':
            'La hora de cierre tiene que ser posterior a la de apertura.',
        },
      },
    }));
    await screen.findByRole('group', { name: 'Miércoles' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Guardar horario' }),
    );
    const wednesday = screen.getByRole('group', { name: 'Miércoles' });
    await within(wednesday).findByText(
      'La hora de cierre tiene que ser posterior a la de apertura.',
    );
    expect(
      within(wednesday).getByLabelText('Cierra').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(
      within(wednesday).getByLabelText('Abre').getAttribute('aria-invalid'),
    ).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe(
      'Revisa los datos del formulario.',
    );
  });

  it('adds a holiday and removes one, reloading the list each time', async () => {
    show((call) => {
      if (call.method === 'POST')
        return {
          status: 201,
          body: { date: '2026-12-24', name: 'Nochebuena' },
        };
      if (call.method === 'DELETE') return { status: 204 };
      return undefined;
    });
    const holidays = await screen.findByRole('region', { name: 'Festivos' });
    await within(holidays).findByText('viernes, 25 de diciembre de 2026');
    const form = within(holidays).getByRole('form', { name: 'Añadir festivo' });
    await userEvent.type(within(form).getByLabelText('Fecha'), '2026-12-24');
    await userEvent.type(
      within(form).getByLabelText('Nombre del festivo'),
      'Nochebuena',
    );
    await userEvent.click(
      within(form).getByRole('button', { name: 'Añadir festivo' }),
    );
    await within(form).findByText('Añadido: jueves, 24 de diciembre de 2026.');
    await userEvent.click(
      within(holidays).getByRole('button', {
        name: 'Quitar viernes, 25 de diciembre de 2026 (Navidad)',
      }),
    );
    await waitFor(() =>
      expect(page.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
        'GET /api/settings',
        'POST /api/settings/holidays',
        'GET /api/settings',
        'DELETE /api/settings/holidays/2026-12-25',
        'GET /api/settings',
      ]),
    );
    expect(page.calls[1].body).toEqual({
      date: '2026-12-24',
      name: 'Nochebuena',
    });
  });
});
