// The customer search as the desk uses it: recent customers first, results as you type with the query in the address, adding a walk-in.
import type { CustomerSummary } from '@atrevete/console-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import CustomersPage from './CustomersPage';
import { renderPage, type ApiScript, type RenderedPage } from './page-test-kit';

const maria: CustomerSummary = {
  id: 1,
  name: 'María López',
  phone: '+34600111222',
  noShows: 2,
  nextAppointmentAt: '2026-12-10T16:00:00.000Z',
};
const mario: CustomerSummary = {
  id: 2,
  name: 'Mario Ruiz',
  phone: '+34611222333',
  noShows: 0,
  nextAppointmentAt: null,
};

const routes = (
  <>
    <Route path="/customers" element={<CustomersPage />} />
    <Route path="/customers/:customerId" element={<h1>Ficha</h1>} />
  </>
);

/** The search answers by name, as the server would: "" lists everyone. */
const search: ApiScript = ({ method, path }) => {
  if (method !== 'GET' || !path.startsWith('/api/customers?')) return undefined;
  const q = new URLSearchParams(path.split('?')[1]).get('q') ?? '';
  const customers = [maria, mario].filter((c) =>
    (c.name ?? '')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .includes(q),
  );
  return { status: 200, body: { customers } };
};

describe('CustomersPage', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  it('lists the recent customers with a link to each page, their phone, next appointment and no-shows', async () => {
    page = renderPage('/customers', routes, search);
    const link = await screen.findByRole('link', { name: 'María López' });
    expect(link.getAttribute('href')).toBe('/customers/1');
    expect(
      screen.getByRole('heading', { name: 'Clientes recientes' }),
    ).toBeTruthy();
    const [, first] = screen.getAllByRole('row');
    expect(within(first).getByRole('link').textContent).toBe('María López');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['María López', '+34600111222', '10 dic 2026, 17:00', '2']);
    expect(page.calls.map((c) => c.path)).toEqual(['/api/customers?q=']);
  });

  it('searches as the desk types, keeping the query in the address', async () => {
    page = renderPage('/customers', routes, search);
    await screen.findByRole('link', { name: 'Mario Ruiz' });
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Buscar cliente' }),
      'maria',
    );
    expect(page.location()).toBe('/customers?q=maria');
    // Until the search settles the recent list stays; then only María matches.
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Resultados' })).toBeTruthy();
      expect(screen.getByRole('link', { name: 'María López' })).toBeTruthy();
      expect(screen.queryByRole('link', { name: 'Mario Ruiz' })).toBeNull();
    });
    expect(page.calls.at(-1)?.path).toBe('/api/customers?q=maria');
  });

  it('opens with the search of the address, and says when nobody matches', async () => {
    page = renderPage('/customers?q=zoe', routes, search);
    expect(
      (
        (await screen.findByRole('searchbox', {
          name: 'Buscar cliente',
        })) as HTMLInputElement
      ).value,
    ).toBe('zoe');
    expect(
      await screen.findByText('No hay ningún cliente que coincida con «zoe».'),
    ).toBeTruthy();
    expect(page.calls.map((c) => c.path)).toEqual(['/api/customers?q=zoe']);
  });

  it('adds a walk-in: a phone someone has is explained in the dialog, a new one opens their page', async () => {
    let attempts = 0;
    page = renderPage('/customers', routes, (call) => {
      if (call.method !== 'POST') return search(call);
      attempts += 1;
      return attempts === 1
        ? {
            status: 409,
            body: {
              error: 'phone_taken',
              message: 'Ya hay un cliente con ese teléfono: María López.',
              customerId: 1,
            },
          }
        : { status: 201, body: { ...mario, id: 9, name: 'Lucía Gómez' } };
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Nuevo cliente' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Nuevo cliente' });
    await userEvent.type(
      within(dialog).getByLabelText('Nombre'),
      'Lucía Gómez',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Teléfono'),
      '600 11 12 22',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar cliente' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'Ya hay un cliente con ese teléfono: María López.',
    );
    await userEvent.clear(within(dialog).getByLabelText('Teléfono'));
    await userEvent.type(
      within(dialog).getByLabelText('Teléfono'),
      '699000111',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar cliente' }),
    );
    await screen.findByRole('heading', { name: 'Ficha' });
    expect(page.location()).toBe('/customers/9');
    expect(
      page.calls.filter((c) => c.method === 'POST').map((c) => c.body),
    ).toEqual([
      { name: 'Lucía Gómez', phone: '600 11 12 22' },
      { name: 'Lucía Gómez', phone: '699000111' },
    ]);
  });
});
