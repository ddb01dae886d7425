// The owner's team page: a new account's generated password is shown once, disabling explains itself, and the last owner's refusal reads in Spanish.
import type { StaffView } from '@atrevete/console-api';
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

const owner: StaffView = {
  id: 7,
  email: 'duena@salon.test',
  name: 'Marta Dueña',
  role: 'owner',
  active: true,
  createdAt: '2026-11-01T10:00:00.000Z',
};
const desk: StaffView = {
  id: 8,
  email: 'recepcion@salon.test',
  name: 'Lucía Recepción',
  role: 'staff',
  active: true,
  createdAt: '2026-11-02T10:00:00.000Z',
};

const routes = <Route path="/settings/*" element={<SettingsPage />} />;

describe('the staff page', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  const show = (script: ApiScript) => {
    page = renderPage(
      '/settings/staff',
      routes,
      (call) =>
        call.method === 'GET' && call.path === '/api/staff'
          ? { status: 200, body: { staff: [desk, owner] } }
          : script(call),
      sessionOf('owner', 7),
    );
  };

  it('adds an account without a password and shows the generated one once', async () => {
    show((call) =>
      call.method === 'POST' && call.path === '/api/staff'
        ? {
            status: 201,
            body: {
              account: { ...desk, id: 9, name: 'Ana', email: 'ana@salon.test' },
              generatedPassword: 'Xy7-generada-1234',
            },
          }
        : undefined,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Nueva cuenta' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Nueva cuenta' });
    await userEvent.type(within(dialog).getByLabelText('Nombre'), 'Ana');
    await userEvent.type(
      within(dialog).getByLabelText('Correo electrónico'),
      'ana@salon.test',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Crear cuenta' }),
    );
    const shown = await screen.findByText('Xy7-generada-1234');
    expect(shown.closest('[role="status"]')?.textContent).toContain(
      'Contraseña de Ana',
    );
    expect(page.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Ana',
      email: 'ana@salon.test',
      role: 'staff',
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Hecho, ya la he copiado' }),
    );
    expect(screen.queryByText('Xy7-generada-1234')).toBeNull();
  });

  it('disables a colleague, saying they are signed out', async () => {
    show((call) =>
      call.method === 'PATCH' && call.path === '/api/staff/8'
        ? { status: 200, body: { ...desk, active: false } }
        : undefined,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Desactivar Lucía Recepción' }),
    );
    await screen.findByText(
      'Lucía Recepción ya no puede entrar; sus sesiones se han cerrado.',
    );
    expect(page.calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      active: false,
    });
  });

  it('explains why the last owner cannot step down', async () => {
    const message =
      'Tiene que quedar al menos una propietaria activa: nombra antes a otra persona propietaria.';
    show((call) =>
      call.method === 'PATCH'
        ? { status: 409, body: { error: 'last_owner', message } }
        : undefined,
    );
    const mine = (await screen.findByText('Marta Dueña (tú)'))
      .parentElement as HTMLElement;
    await userEvent.click(
      within(mine).getByRole('button', { name: 'Desactivar Marta Dueña' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('resets a password after asking, and shows the new one once', async () => {
    show((call) =>
      call.method === 'POST' && call.path === '/api/staff/8/reset-password'
        ? {
            status: 200,
            body: { account: desk, generatedPassword: 'nueva-clave-0001' },
          }
        : undefined,
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Nueva contraseña para Lucía Recepción',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Nueva contraseña para Lucía Recepción',
    });
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Generar contraseña' }),
    );
    await screen.findByText('nueva-clave-0001');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
