// The salon's rules as the owner edits them: every setting labelled and explained, numbers sent as numbers, the server's reasons under each field.
import type { SettingsResponse } from '@atrevete/console-api';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  renderPage,
  sessionOf,
  type ApiScript,
  type RenderedPage,
} from '../customers/page-test-kit';
import { durationWords } from './SalonSection';
import SettingsPage from './SettingsPage';

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
  hours: [],
  holidays: [],
};

const routes = <Route path="/settings/*" element={<SettingsPage />} />;

describe('the salon settings page', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  const show = (script: ApiScript) => {
    page = renderPage(
      '/settings/salon',
      routes,
      (call) =>
        call.method === 'GET' ? { status: 200, body: settings } : script(call),
      sessionOf('owner'),
    );
  };

  it('sends every setting, the numbers as numbers, and says the bot uses them', async () => {
    show(() => ({ status: 200, body: settings.salon }));
    const address = await screen.findByLabelText('Dirección');
    await userEvent.clear(address);
    await userEvent.type(address, 'Calle Mayor 1, Madrid');
    const notice = screen.getByLabelText(
      'Antelación mínima para reservar (minutos)',
    );
    expect(
      document.getElementById(notice.getAttribute('aria-describedby') ?? '')
        ?.textContent,
    ).toBe(
      'El bot no ofrece huecos que empiecen antes. En el mostrador no se aplica. Ahora: 2 h.',
    );
    await userEvent.clear(notice);
    await userEvent.type(notice, '90');
    await userEvent.click(
      screen.getByRole('button', { name: 'Guardar ajustes' }),
    );
    await screen.findByText('Ajustes guardados. El bot ya los usa.');
    expect(page.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      name: 'Atrévete Peluquería',
      address: 'Calle Mayor 1, Madrid',
      phone: '',
      personaName: 'Maite',
      minNoticeMinutes: 90,
      maxDaysAhead: 60,
      maxFutureAppointments: 3,
      cancellationWindowHours: 24,
      confirmationOffsetMinutes: 1440,
      reminderOffsetMinutes: 120,
      unconfirmedAlertMinutes: 240,
      confirmationTemplate: 'confirmacion_cita',
      reminderTemplate: '',
      templateLanguage: 'es',
    });
  });

  it('shows the server’s reason under the field it is about', async () => {
    show(() => ({
      status: 400,
      body: {
        error: 'invalid',
        message: 'Revisa los datos del formulario.',
        fields: {
          reminderOffsetMinutes:
            'El recordatorio tiene que ir más cerca de la cita que la petición de confirmación.',
        },
      },
    }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Guardar ajustes' }),
    );
    const reminder = screen.getByLabelText('Recordatorio (minutos antes)');
    await screen.findByText(
      'El recordatorio tiene que ir más cerca de la cita que la petición de confirmación.',
    );
    expect(reminder.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByLabelText('Dirección').getAttribute('aria-invalid'),
    ).toBeNull();
  });

  it('writes durations in words', () => {
    expect(durationWords(120)).toBe('2 h');
    expect(durationWords(1440)).toBe('1 día');
    expect(durationWords(1530)).toBe('1 día, 1 h y 30 min');
    expect(durationWords(45)).toBe('45 min');
  });
});
