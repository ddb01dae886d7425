// The agenda as the desk uses it: a column per stylist, appointments named for a screen reader, the day in the address, live reloads, booking, moving and cancelling.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  renderPage,
  type ApiCall,
  type ApiScript,
  type RenderedPage,
} from '../customers/page-test-kit';
import { AgendaPage } from './AgendaPage';
import {
  appointment,
  catalogue,
  paco,
  TUESDAY,
  tuesday,
} from './agenda-test-kit';

const routes = <Route path="/agenda" element={<AgendaPage />} />;
const url = `/agenda?date=${TUESDAY}&view=day`;

/** The catalogue and Tuesday's agenda; `more` answers the rest. */
const salon =
  (more: ApiScript = () => undefined): ApiScript =>
  (call) => {
    if (call.path === '/api/catalogue') return { status: 200, body: catalogue };
    if (call.path.startsWith('/api/agenda?'))
      return { status: 200, body: tuesday() };
    return more(call);
  };

/** A stand-in for the browser's EventSource: the spec sends the server's events. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  private listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data = '') {
    for (const listener of this.listeners.get(type) ?? [])
      listener(new MessageEvent(type, { data }));
  }
  close() {
    this.closed = true;
  }
}

const agendaCalls = (calls: ApiCall[]) =>
  calls.filter((c) => c.path.startsWith('/api/agenda?'));

describe('AgendaPage', () => {
  let page: RenderedPage;
  beforeEach(() => {
    vi.stubGlobal('EventSource', FakeEventSource);
    // jsdom has no layout: the calendar's click handling asks what is under the pointer.
    document.elementFromPoint ??= () => null;
  });
  afterEach(() => {
    page.restore();
    vi.unstubAllGlobals();
  });

  it('shows the day with a column per stylist and each appointment named with who, what, when, status and who booked it', async () => {
    page = renderPage(url, routes, salon());
    expect(
      await screen.findByRole('heading', { name: 'martes, 1 de diciembre' }),
    ).toBeTruthy();
    const irene = await screen.findByRole('button', {
      name: 'Irene Vidal · Depilación de cejas · 10:00–10:15 · confirmada · reservada por el bot',
    });
    expect(irene.querySelector('.rbc-event-content')?.textContent).toBe(
      'Irene Vidal · Depilación de cejas · 10:00–10:15 · confirmada · reservada por el bot',
    );
    expect(
      screen.getByRole('button', {
        name: 'Paco Martín · Corte hombre · 12:00–12:30 · sin confirmar · reservada por Lucía Recepción',
      }),
    ).toBeTruthy();
    // A cancelled appointment frees its time: it is not drawn.
    expect(screen.queryByRole('button', { name: /Nerea Gil/ })).toBeNull();
    expect(
      [...document.querySelectorAll('.rbc-row-resource .rbc-header')].map(
        (h) => h.textContent,
      ),
    ).toEqual(['Ana', 'Marta', 'Rosa']);
    // The break and Marta's course are greyed; an open slot is not.
    expect(screen.getByTestId('slot-Ana-14:30').className).toContain(
      'slot-off',
    );
    expect(screen.getByTestId('slot-Marta-17:00').className).toContain(
      'slot-off',
    );
    expect(screen.getByTestId('slot-Ana-17:00').className).not.toContain(
      'slot-off',
    );
    expect(screen.getByText('Bloqueado: Formación')).toBeTruthy();
    expect(agendaCalls(page.calls).map((c) => c.path)).toEqual([
      `/api/agenda?date=${TUESDAY}&view=day`,
    ]);
  });

  it('keeps the day and the view in the address: next day, today, a stylist’s week', async () => {
    page = renderPage(url, routes, salon());
    await screen.findByRole('heading', { name: 'martes, 1 de diciembre' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Día siguiente' }),
    );
    expect(page.location()).toBe('/agenda?date=2026-12-02&view=day');
    await userEvent.click(screen.getByRole('button', { name: 'Semana' }));
    expect(page.location()).toBe('/agenda?date=2026-12-02&view=week&stylist=1');
    await userEvent.selectOptions(screen.getByLabelText('Estilista'), 'Marta');
    expect(page.location()).toBe('/agenda?date=2026-12-02&view=week&stylist=2');
    await waitFor(() =>
      expect(agendaCalls(page.calls).at(-1)?.path).toBe(
        '/api/agenda?date=2026-12-02&view=week&stylist=2',
      ),
    );
  });

  it('reloads when the server says the shown day changed, and not for another day', async () => {
    page = renderPage(url, routes, salon());
    await screen.findByRole('button', { name: /Irene Vidal/ });
    const source = FakeEventSource.last as FakeEventSource;
    expect(source.url).toBe('/api/events');
    source.emit(
      'agenda',
      JSON.stringify({ dates: ['2026-12-05'], stylistId: 1, all: false }),
    );
    source.emit(
      'agenda',
      JSON.stringify({ dates: [TUESDAY], stylistId: 3, all: false }),
    );
    await waitFor(() => expect(agendaCalls(page.calls)).toHaveLength(2));
    source.emit(
      'agenda',
      JSON.stringify({ dates: [], stylistId: null, all: true }),
    );
    await waitFor(() => expect(agendaCalls(page.calls)).toHaveLength(3));
    page.unmount();
    expect(source.closed).toBe(true);
  });

  it('books a walk-in: finds the customer, picks a service, a stylist and one of the free times', async () => {
    page = renderPage(
      url,
      routes,
      salon(({ method, path, body }) => {
        if (path === '/api/customers?q=paco')
          return {
            status: 200,
            body: {
              customers: [
                {
                  id: 10,
                  name: 'Paco Martín',
                  phone: '+34600998877',
                  noShows: 1,
                  nextAppointmentAt: null,
                },
              ],
            },
          };
        if (path.startsWith('/api/availability?'))
          return {
            status: 200,
            body: {
              slots: [
                {
                  stylistId: 2,
                  start: '2026-12-01T10:00:00.000Z',
                  end: '2026-12-01T10:30:00.000Z',
                },
                {
                  stylistId: 2,
                  start: '2026-12-01T11:00:00.000Z',
                  end: '2026-12-01T11:30:00.000Z',
                },
              ],
              reason: null,
            },
          };
        if (method === 'POST' && path === '/api/appointments')
          return {
            status: 201,
            body: {
              ...paco,
              id: 20,
              stylistId: (body as { stylistId: number }).stylistId,
            },
          };
        return undefined;
      }),
    );
    await screen.findByRole('button', { name: /Irene Vidal/ });
    await userEvent.click(screen.getByRole('button', { name: 'Nueva cita' }));
    const dialog = screen.getByRole('dialog', { name: 'Nueva cita' });
    await userEvent.type(
      within(dialog).getByLabelText('Buscar cliente'),
      'paco',
    );
    await userEvent.click(
      await within(dialog).findByRole('button', {
        name: 'Paco Martín · +34600998877',
      }),
    );
    expect(within(dialog).getByText(/1 falta/)).toBeTruthy();
    await userEvent.click(within(dialog).getByLabelText('Corte hombre'));
    // Rosa does not cut hair: she is not offered.
    const stylist = within(dialog).getByLabelText('Estilista');
    expect(within(stylist).queryByRole('option', { name: 'Rosa' })).toBeNull();
    await userEvent.selectOptions(stylist, 'Marta');
    await userEvent.click(
      await within(dialog).findByRole('radio', { name: '12:00' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reservar' }),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const booking = page.calls.find((c) => c.method === 'POST');
    expect(booking?.path).toBe('/api/appointments');
    expect(booking?.body).toEqual({
      customerId: 10,
      stylistId: 2,
      serviceIds: [2],
      start: '2026-12-01T11:00:00.000Z',
      idempotencyKey: expect.any(String),
    });
    expect(
      page.calls.some(
        (c) =>
          c.path ===
          `/api/availability?date=${TUESDAY}&serviceIds=2&stylistId=2`,
      ),
    ).toBe(true);
    expect(
      screen.getByText(/^Cita reservada: Paco Martín · Corte hombre/),
    ).toBeTruthy();
  });

  it('creates the customer on the spot when the search finds nobody', async () => {
    page = renderPage(
      url,
      routes,
      salon(({ method, path, body }) => {
        if (path.startsWith('/api/customers?'))
          return { status: 200, body: { customers: [] } };
        if (method === 'POST' && path === '/api/customers')
          return {
            status: 201,
            body: {
              id: 30,
              ...(body as object),
              noShows: 0,
              nextAppointmentAt: null,
            },
          };
        return undefined;
      }),
    );
    await screen.findByRole('button', { name: /Irene Vidal/ });
    await userEvent.click(screen.getByRole('button', { name: 'Nueva cita' }));
    const dialog = screen.getByRole('dialog', { name: 'Nueva cita' });
    await userEvent.type(
      within(dialog).getByLabelText('Buscar cliente'),
      '600 99 88 77',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Nuevo cliente' }),
    );
    // What was typed was a phone: it goes to the phone field.
    expect(
      (within(dialog).getByLabelText('Teléfono') as HTMLInputElement).value,
    ).toBe('600 99 88 77');
    await userEvent.type(
      within(dialog).getByLabelText('Nombre'),
      'Paco Martín',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Crear cliente' }),
    );
    expect(
      await within(dialog).findByText('Paco Martín · 600 99 88 77'),
    ).toBeTruthy();
    expect(page.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Paco Martín',
      phone: '600 99 88 77',
    });
  });

  it('offers the customer who already has the phone instead of a duplicate', async () => {
    page = renderPage(
      url,
      routes,
      salon(({ method, path }) => {
        if (path.startsWith('/api/customers?'))
          return { status: 200, body: { customers: [] } };
        if (method === 'POST' && path === '/api/customers')
          return {
            status: 409,
            body: {
              error: 'phone_taken',
              message: 'Ese teléfono ya es de otro cliente.',
              customerId: 10,
            },
          };
        if (path === '/api/customers/10')
          return {
            status: 200,
            body: {
              id: 10,
              name: 'Paco Martín',
              phone: '+34600998877',
              noShows: 0,
              nextAppointmentAt: null,
            },
          };
        return undefined;
      }),
    );
    await screen.findByRole('button', { name: /Irene Vidal/ });
    await userEvent.click(screen.getByRole('button', { name: 'Nueva cita' }));
    const dialog = screen.getByRole('dialog', { name: 'Nueva cita' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Nuevo cliente' }),
    );
    await userEvent.type(within(dialog).getByLabelText('Nombre'), 'Paco');
    await userEvent.type(
      within(dialog).getByLabelText('Teléfono'),
      '600998877',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Crear cliente' }),
    );
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Ese teléfono ya es de otro cliente.',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Usar ese cliente' }),
    );
    expect(
      await within(dialog).findByText('Paco Martín · +34600998877'),
    ).toBeTruthy();
  });

  it('shows why a move is refused, offers the free times nearby, and changes nothing', async () => {
    page = renderPage(
      url,
      routes,
      salon(({ method }) =>
        method === 'PATCH'
          ? {
              status: 409,
              body: {
                error: 'slot_taken',
                message:
                  'Ese hueco ya no está libre: lo acaba de ocupar otra reserva. Elige otra hora.',
                alternatives: [
                  {
                    stylistId: 1,
                    start: '2026-12-01T12:00:00.000Z',
                    end: '2026-12-01T12:30:00.000Z',
                  },
                ],
              },
            }
          : undefined,
      ),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: /Paco Martín/ }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Cita de Paco Martín' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mover' }),
    );
    const hour = within(dialog).getByLabelText('Hora');
    await userEvent.clear(hour);
    await userEvent.type(hour, '10:00');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /no está libre/,
    );
    expect(page.calls.find((c) => c.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: '/api/appointments/2',
      body: {
        start: '2026-12-01T09:00:00.000Z',
        stylistId: 1,
        expectedUpdatedAt: paco.updatedAt,
      },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: /13:00 con Ana/ }),
    );
    expect(
      (within(dialog).getByLabelText('Hora') as HTMLInputElement).value,
    ).toBe('13:00');
  });

  it('cancels with a reason, and marks who came', async () => {
    page = renderPage(
      url,
      routes,
      salon(({ method }) => (method === 'POST' ? { status: 204 } : undefined)),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: /Paco Martín/ }),
    );
    let dialog = screen.getByRole('dialog', { name: 'Cita de Paco Martín' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancelar cita' }),
    );
    await userEvent.type(
      within(dialog).getByLabelText('Motivo'),
      'Llamó: está enfermo',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Confirmar cancelación' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: /Irene Vidal/ }));
    dialog = screen.getByRole('dialog', { name: 'Cita de Irene Vidal' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'No vino' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(
      page.calls
        .filter((c) => c.method === 'POST')
        .map(({ path, body }) => ({ path, body })),
    ).toEqual([
      {
        path: '/api/appointments/2/cancel',
        body: {
          reason: 'Llamó: está enfermo',
          expectedUpdatedAt: paco.updatedAt,
        },
      },
      { path: '/api/appointments/1/outcome', body: { status: 'no_show' } },
    ]);
  });

  it('flags an appointment still unconfirmed, says where its messages stand and how often the customer missed, and confirms it', async () => {
    const flagged = appointment({
      id: 7,
      status: 'pending',
      unconfirmedAlert: true,
      customer: {
        id: 20,
        name: 'Rocío León',
        phone: '+34600555444',
        noShows: 2,
      },
      messages: {
        confirmation: {
          status: 'queued',
          reason: null,
          text: 'Enviada.',
          at: '2026-11-30T10:00:00.000Z',
        },
        reminder: {
          status: 'skipped',
          reason: 'no_template',
          text: 'No se envió: el cliente no ha escrito en las últimas 24 horas y no hay plantilla de WhatsApp (Ajustes → Salón).',
          at: '2026-12-01T09:00:00.000Z',
        },
      },
    });
    page = renderPage(url, routes, (call) => {
      if (call.path === '/api/catalogue')
        return { status: 200, body: catalogue };
      if (call.path.startsWith('/api/agenda?'))
        return { status: 200, body: tuesday([flagged]) };
      return call.method === 'POST'
        ? { status: 200, body: flagged }
        : undefined;
    });
    const box = await screen.findByRole('button', {
      name: /Rocío León · Corte hombre · 12:00–12:30 · Sin confirmar: llamadle/,
    });
    await userEvent.click(box);
    const dialog = screen.getByRole('dialog', { name: 'Cita de Rocío León' });
    expect(dialog.textContent).toContain('No vino 2 veces');
    expect(dialog.textContent).toContain(
      'Sin confirmar: se le pidió y no ha respondido. Llamadle.',
    );
    expect(dialog.textContent).toContain('Petición de confirmaciónEnviada.');
    expect(dialog.textContent).toContain(
      'RecordatorioNo se envió: el cliente no ha escrito en las últimas 24 horas',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Confirmar cita' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      page.calls.filter((c) => c.method === 'POST').map((c) => c.path),
    ).toEqual(['/api/appointments/7/confirm']);
  });
});
