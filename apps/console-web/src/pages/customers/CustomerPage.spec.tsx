// A customer's page as the desk reads and edits it: appointments, no-shows, the Chatwoot link, notes (add, remove own), name and phone.
import type { CustomerDetail, CustomerNote } from '@atrevete/console-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import CustomerPage from './CustomerPage';
import {
  renderPage,
  sessionOf,
  type ApiCall,
  type RenderedPage,
} from './page-test-kit';

const note = (id: number, authorId: number, body: string): CustomerNote => ({
  id,
  body,
  createdAt: '2026-12-01T10:15:00.000Z',
  authorId,
  authorName: authorId === 7 ? 'Lucía Recepción' : 'Marta Dueña',
});

const laura = (): CustomerDetail => ({
  id: 5,
  name: 'Laura Pérez',
  phone: '+34600111222',
  noShows: 2,
  nextAppointmentAt: '2026-12-10T16:00:00.000Z',
  createdAt: '2026-01-01T10:00:00.000Z',
  upcoming: [
    {
      id: 31,
      startAt: '2026-12-10T16:00:00.000Z',
      endAt: '2026-12-10T18:00:00.000Z',
      status: 'pending',
      priceCents: 5800,
      stylistName: 'Ana',
      services: ['Tinte raíz', 'Peinado'],
      bookedByName: 'Lucía Recepción',
      cancellationReason: null,
    },
  ],
  past: [
    {
      id: 30,
      startAt: '2026-11-10T09:00:00.000Z',
      endAt: '2026-11-10T09:45:00.000Z',
      status: 'no_show',
      priceCents: 2500,
      stylistName: 'Marta',
      services: ['Corte mujer'],
      bookedByName: null,
      cancellationReason: null,
    },
  ],
  notes: [note(2, 1, 'Prefiere a Ana.'), note(1, 7, 'Alérgica al amoniaco.')],
  chatwootConversationUrl:
    'https://chatwoot.salon.test/app/accounts/1/conversations/43',
});

const routes = (
  <Route path="/customers/:customerId" element={<CustomerPage />} />
);

describe('CustomerPage', () => {
  let page: RenderedPage;
  let customer: CustomerDetail;
  afterEach(() => page.restore());

  /** The server: the page, and changes that succeed unless `refuse` answers them. */
  const open = (
    refuse: (
      call: ApiCall,
    ) => { status: number; body: unknown } | undefined = () => undefined,
    role: 'staff' | 'owner' = 'staff',
  ) => {
    customer = laura();
    page = renderPage(
      '/customers/5',
      routes,
      (call) => {
        if (call.method === 'GET' && call.path === '/api/customers/5')
          return { status: 200, body: customer };
        const refused = refuse(call);
        if (refused) return refused;
        if (call.method === 'POST' && call.path === '/api/customers/5/notes') {
          const added = note(3, 7, (call.body as { body: string }).body);
          customer = { ...customer, notes: [added, ...customer.notes] };
          return { status: 201, body: added };
        }
        if (call.method === 'DELETE') {
          customer = {
            ...customer,
            notes: customer.notes.filter(
              (n) => !call.path.endsWith(`/${n.id}`),
            ),
          };
          return { status: 204 };
        }
        if (call.method === 'PATCH')
          return {
            status: 200,
            body: { ...customer, ...(call.body as object) },
          };
        return undefined;
      },
      sessionOf(role, 7),
    );
  };

  it('shows who the customer is, their no-shows, appointments and conversation', async () => {
    open();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Laura Pérez' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: '+34600111222' })).toBeTruthy();
    expect(screen.getByText('No vino: 2 veces')).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Abrir conversación en Chatwoot' })
        .getAttribute('href'),
    ).toBe('https://chatwoot.salon.test/app/accounts/1/conversations/43');

    const upcoming = screen.getByRole('region', { name: 'Próximas citas' });
    expect(upcoming.textContent).toContain('jueves, 10 de diciembre, 17:00');
    expect(upcoming.textContent).toContain('Tinte raíz, Peinado · con Ana');
    expect(upcoming.textContent).toContain('Pendiente de confirmar');
    expect(upcoming.textContent).toMatch(/58,00\s€/);
    expect(upcoming.textContent).toContain('Reservada por Lucía Recepción');

    const past = screen.getByRole('region', { name: 'Citas pasadas' });
    expect(past.textContent).toContain('10 nov 2026, 10:00');
    expect(past.textContent).toContain('No vino');
    expect(past.textContent).toContain('Reservada por el bot');

    const notes = within(screen.getByRole('region', { name: 'Notas' }));
    expect(notes.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Prefiere a Ana.Marta Dueña'),
      expect.stringContaining('Alérgica al amoniaco.Lucía Recepción'),
    ]);
  });

  it('saves a new note and shows it first; a refused note shows the reason', async () => {
    let refuseNext = true;
    open((call) => {
      if (call.method !== 'POST' || !refuseNext) return undefined;
      refuseNext = false;
      return {
        status: 400,
        body: {
          error: 'invalid',
          message: 'Revisa los datos del formulario.',
          fields: { body: 'Escribe la nota.' },
        },
      };
    });
    const textarea = await screen.findByRole('textbox', { name: 'Nueva nota' });
    const save = screen.getByRole('button', { name: 'Guardar nota' });
    await userEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Escribe la nota.',
    );
    await userEvent.type(textarea, 'Viene con su hija.');
    await userEvent.click(save);
    expect(await screen.findByText('Nota guardada.')).toBeTruthy();
    expect((textarea as HTMLTextAreaElement).value).toBe('');
    const notes = within(screen.getByRole('region', { name: 'Notas' }));
    await waitFor(() =>
      expect(notes.getAllByRole('listitem')[0].textContent).toContain(
        'Viene con su hija.',
      ),
    );
    expect(
      page.calls.filter((c) => c.method === 'POST').map((c) => c.body),
    ).toEqual([{ body: '' }, { body: 'Viene con su hija.' }]);
  });

  it("lets staff remove their own notes after confirming, not a colleague's", async () => {
    open();
    const notes = within(await screen.findByRole('region', { name: 'Notas' }));
    const [owners, own] = notes.getAllByRole('listitem');
    expect(
      within(owners).queryByRole('button', { name: 'Borrar nota' }),
    ).toBeNull();
    await userEvent.click(
      within(own).getByRole('button', { name: 'Borrar nota' }),
    );
    await userEvent.click(
      within(own).getByRole('button', { name: 'Sí, borrar la nota' }),
    );
    expect(await screen.findByText('Nota borrada.')).toBeTruthy();
    await waitFor(() => expect(notes.getAllByRole('listitem')).toHaveLength(1));
    expect(page.calls.find((c) => c.method === 'DELETE')?.path).toBe(
      '/api/customers/5/notes/1',
    );
  });

  it('lets the owner remove any note', async () => {
    open(undefined, 'owner');
    const notes = within(await screen.findByRole('region', { name: 'Notas' }));
    expect(notes.getAllByRole('button', { name: 'Borrar nota' })).toHaveLength(
      2,
    );
  });

  it('corrects name and phone in a dialog, which keeps the reason when the phone is taken', async () => {
    let refused = false;
    open((call) => {
      if (call.method !== 'PATCH' || refused) return undefined;
      refused = true;
      return {
        status: 409,
        body: {
          error: 'phone_taken',
          message: 'Ya hay un cliente con ese teléfono: Mario Ruiz.',
          customerId: 2,
        },
      };
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Editar datos' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Editar cliente' });
    const phone = within(dialog).getByLabelText('Teléfono');
    expect((phone as HTMLInputElement).value).toBe('+34600111222');
    await userEvent.clear(phone);
    await userEvent.type(phone, '611 222 333');
    const save = within(dialog).getByRole('button', {
      name: 'Guardar cambios',
    });
    await userEvent.click(save);
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Ya hay un cliente con ese teléfono: Mario Ruiz.',
    );
    await userEvent.clear(phone);
    await userEvent.type(phone, '699 000 111');
    await userEvent.click(save);
    await screen.findByRole('button', { name: 'Editar datos' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      page.calls.filter((c) => c.method === 'PATCH').map((c) => c.body),
    ).toEqual([
      { name: 'Laura Pérez', phone: '611 222 333' },
      { name: 'Laura Pérez', phone: '699 000 111' },
    ]);
  });

  it('says so when the customer does not exist', async () => {
    page = renderPage('/customers/99', routes, () => ({
      status: 404,
      body: { error: 'not_found', message: 'Ese cliente no existe.' },
    }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ese cliente no existe.',
    );
    expect(
      screen.getByRole('link', { name: 'Volver a clientes' }),
    ).toBeTruthy();
  });
});
