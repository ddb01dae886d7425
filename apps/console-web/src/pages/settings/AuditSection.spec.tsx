// The history of changes as the owner reads it: when, who, what, and the before and after in words; filtered by what changed, with older pages on demand.
import type { AuditEntryView, AuditListResponse } from '@atrevete/console-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  renderPage,
  sessionOf,
  type RenderedPage,
} from '../customers/page-test-kit';
import SettingsPage from './SettingsPage';

const priceChange: AuditEntryView = {
  id: 42,
  at: '2026-12-03T16:05:00.000Z',
  staffName: 'Propietaria',
  action: 'service.update',
  actionText: 'Cambió un servicio',
  entity: 'service',
  entityId: '5',
  subject: 'Tinte raíz',
  changes: [
    {
      field: 'priceCents',
      label: 'Precio',
      before: '40,00 €',
      after: '42,50 €',
    },
  ],
  before: { priceCents: 4000 },
  after: { priceCents: 4250 },
};
const passwordReset: AuditEntryView = {
  ...priceChange,
  id: 41,
  staffName: null,
  action: 'staff.reset_password',
  actionText: 'Restableció una contraseña',
  entity: 'staff',
  subject: 'Lucía Recepción',
  changes: [],
  before: null,
  after: null,
};

const routes = <Route path="/settings/*" element={<SettingsPage />} />;

describe('the history page', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  it('shows when, who, what, before and after of each change, newest first', async () => {
    page = renderPage(
      '/settings/audit',
      routes,
      (call) => {
        const body: AuditListResponse = {
          entries: [priceChange, passwordReset],
          nextBefore: null,
        };
        return call.path === '/api/audit' ? { status: 200, body } : undefined;
      },
      sessionOf('owner'),
    );
    const row = (await screen.findByText('Tinte raíz')).closest(
      'tr',
    ) as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '3 dic 2026, 17:05',
      'Propietaria',
      'Cambió un servicio: Tinte raíz',
      'Precio: 40,00 €',
      'Precio: 42,50 €',
    ]);
    const reset = screen
      .getByText('Lucía Recepción')
      .closest('tr') as HTMLElement;
    expect(within(reset).getByRole('cell', { name: 'Sistema' })).toBeTruthy();
    expect(within(reset).getAllByRole('cell', { name: '—' })).toHaveLength(2);
  });

  it('filters by what changed, keeping the filter in the address, and loads older pages', async () => {
    page = renderPage(
      '/settings/audit',
      routes,
      (call) => {
        if (call.path === '/api/audit?entity=service')
          return {
            status: 200,
            body: { entries: [priceChange], nextBefore: 42 },
          };
        if (call.path === '/api/audit?before=42&entity=service')
          return {
            status: 200,
            body: {
              entries: [{ ...priceChange, id: 30, subject: 'Mechas' }],
              nextBefore: null,
            },
          };
        if (call.path === '/api/audit')
          return { status: 200, body: { entries: [], nextBefore: null } };
        return undefined;
      },
      sessionOf('owner'),
    );
    await screen.findByText('No hay cambios que mostrar.');
    await userEvent.selectOptions(
      screen.getByLabelText('Mostrar'),
      'Servicios',
    );
    await screen.findByText('Tinte raíz');
    expect(page.location()).toBe('/settings/audit?entity=service');
    await userEvent.click(
      screen.getByRole('button', { name: 'Ver cambios anteriores' }),
    );
    await screen.findByText('Mechas');
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Ver cambios anteriores' }),
      ).toBeNull(),
    );
  });
});
