// The price list as the owner edits it: euros typed with a comma become cents, the server's reasons appear under their field, the table shows the saved price.
import type {
  CatalogueResponse,
  ServiceView,
  StylistView,
} from '@atrevete/console-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  renderPage,
  sessionOf,
  type ApiCall,
  type ApiScript,
  type RenderedPage,
} from '../customers/page-test-kit';
import SettingsPage from './SettingsPage';

const stylists: StylistView[] = [
  { id: 1, name: 'Ana', category: 'Peluquería', active: true },
  { id: 2, name: 'Marta', category: 'Peluquería', active: true },
  { id: 3, name: 'Rosa', category: 'Estética', active: true },
];
const tinte: ServiceView = {
  id: 5,
  name: 'Tinte raíz',
  category: 'Peluquería',
  durationMinutes: 90,
  priceCents: 4000,
  aliases: ['tinte', 'color'],
  active: true,
  stylistIds: [1, 2],
};
const manicura: ServiceView = {
  id: 11,
  name: 'Manicura',
  category: 'Estética',
  durationMinutes: 45,
  priceCents: 1800,
  aliases: [],
  active: false,
  stylistIds: [3],
};

const routes = <Route path="/settings/*" element={<SettingsPage />} />;

/** A server holding the catalogue; PATCH answers with `patched` (or applies the body). */
function catalogueServer(
  patched?: (call: ApiCall) => { status: number; body?: unknown },
): ApiScript {
  let services = [tinte, manicura];
  return (call) => {
    if (call.method === 'GET' && call.path === '/api/catalogue') {
      const body: CatalogueResponse = { services, stylists };
      return { status: 200, body };
    }
    if (call.method === 'PATCH' && call.path === '/api/catalogue/services/5') {
      const answer = patched?.(call);
      if (answer) return answer;
      const saved = { ...tinte, ...(call.body as Partial<ServiceView>) };
      services = [saved, manicura];
      return { status: 200, body: saved };
    }
    return undefined;
  };
}

describe('the services page', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  const open = (script: ApiScript) => {
    page = renderPage('/settings/services', routes, script, sessionOf('owner'));
  };

  it('lists every service with its category, minutes, price in euros and whether it is active', async () => {
    open(catalogueServer());
    const row = (await screen.findByRole('cell', { name: 'Tinte raíz' }))
      .parentElement as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(0, 5)
        .map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')),
    ).toEqual(['Tinte raíz', 'Peluquería', '90 min', '40,00 €', 'Sí']);
    const inactive = screen.getByRole('cell', { name: 'Manicura' })
      .parentElement as HTMLElement;
    expect(within(inactive).getByRole('cell', { name: 'No' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Servicios' }).className).toContain(
      'active',
    );
  });

  it('saves a price typed as "42,50" as 4250 cents, and shows the new price', async () => {
    open(catalogueServer());
    await userEvent.click(
      await screen.findByRole('button', { name: 'Editar Tinte raíz' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Editar Tinte raíz' });
    const price = within(dialog).getByLabelText('Precio (€)');
    expect((price as HTMLInputElement).value).toBe('40,00');
    await userEvent.clear(price);
    await userEvent.type(price, '42,50');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );

    await screen.findByRole('cell', { name: /42,50/ });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      screen
        .getByText('Guardado: Tinte raíz. El bot ya lo usa.')
        .getAttribute('role'),
    ).toBe('status');
    const patch = page.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({
      name: 'Tinte raíz',
      category: 'Peluquería',
      durationMinutes: 90,
      priceCents: 4250,
      aliases: ['tinte', 'color'],
      stylistIds: [1, 2],
      active: true,
    });
  });

  it('refuses a price that is not one without asking the server', async () => {
    open(catalogueServer());
    await userEvent.click(
      await screen.findByRole('button', { name: 'Editar Tinte raíz' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Editar Tinte raíz' });
    const price = within(dialog).getByLabelText('Precio (€)');
    await userEvent.clear(price);
    await userEvent.type(price, 'cuarenta');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );
    expect(price.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(dialog).getByText(
        'Escribe el precio en euros, por ejemplo 25,50.',
      ),
    ).toBeTruthy();
    expect(page.calls.filter((call) => call.method === 'PATCH')).toEqual([]);
  });

  it('shows the server’s Spanish reasons under their fields and keeps the dialog open', async () => {
    open(
      catalogueServer(() => ({
        status: 400,
        body: {
          error: 'invalid',
          message: 'Revisa los datos del formulario.',
          fields: {
            durationMinutes: 'La duración va de 5 en 5 minutos.',
            'aliases.0': 'Cada nombre puede tener hasta 60 caracteres.',
          },
        },
      })),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Editar Tinte raíz' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Editar Tinte raíz' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );
    const duration = within(dialog).getByLabelText('Duración (minutos)');
    await waitFor(() =>
      expect(duration.getAttribute('aria-invalid')).toBe('true'),
    );
    const describedBy = duration.getAttribute('aria-describedby') ?? '';
    expect(
      describedBy
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toContain('La duración va de 5 en 5 minutos.');
    expect(
      within(dialog).getByText('Cada nombre puede tener hasta 60 caracteres.'),
    ).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Revisa los datos del formulario.',
    );
  });

  it('narrows who does a service with the stylist boxes, and a new category starts with all of it', async () => {
    open(catalogueServer());
    await userEvent.click(
      await screen.findByRole('button', { name: 'Editar Tinte raíz' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Editar Tinte raíz' });
    const group = within(dialog).getByRole('group', { name: 'Estilistas' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).checked),
    ).toEqual([true, true]);
    await userEvent.click(within(group).getByLabelText('Marta'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );
    await waitFor(() =>
      expect(
        page.calls.find((call) => call.method === 'PATCH')?.body,
      ).toMatchObject({ stylistIds: [1] }),
    );
  });
});
