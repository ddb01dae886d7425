// The hand-offs list as the desk reads it: when, who, why, the link to answer in Chatwoot, and older pages on demand.
import type { HandoffView } from '@atrevete/console-api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { renderPage, type RenderedPage } from '../customers/page-test-kit';
import HandoffsPage from './HandoffsPage';

const handoff = (
  conversationId: number,
  overrides: Partial<HandoffView> = {},
): HandoffView => ({
  turnId: `turn-1-${conversationId}-${conversationId}`,
  createdAt: '2026-12-09T11:30:00.000Z',
  reason: 'asked',
  reasonText: 'La clienta pidió hablar con una persona',
  customer: null,
  chatwootConversationUrl: `https://chatwoot.salon.test/app/accounts/1/conversations/${conversationId}`,
  ...overrides,
});

const routes = <Route path="/handoffs" element={<HandoffsPage />} />;

describe('HandoffsPage', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  it('shows when, the customer, why and the Chatwoot link of each hand-off', async () => {
    page = renderPage('/handoffs', routes, () => ({
      status: 200,
      body: {
        handoffs: [
          handoff(43, {
            reason: 'turn_failed',
            reasonText: 'El bot no pudo responder (error)',
          }),
          handoff(42, {
            customer: { id: 5, name: 'Laura Pérez', phone: '+34600111222' },
          }),
        ],
        nextCursor: null,
      },
    }));
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Cuándo', 'Cliente', 'Motivo', 'Conversación']);
    const [, unknown, laura] = within(table).getAllByRole('row');
    expect(unknown.textContent).toContain('9 dic 2026, 12:30');
    expect(unknown.textContent).toContain('Desconocido');
    expect(unknown.textContent).toContain('El bot no pudo responder (error)');
    expect(
      within(laura)
        .getByRole('link', { name: 'Laura Pérez' })
        .getAttribute('href'),
    ).toBe('/customers/5');
    expect(
      within(laura)
        .getByRole('link', { name: 'Abrir en Chatwoot' })
        .getAttribute('href'),
    ).toBe('https://chatwoot.salon.test/app/accounts/1/conversations/42');
    expect(
      screen.queryByRole('button', { name: 'Ver traspasos anteriores' }),
    ).toBeNull();
  });

  it('loads older hand-offs after the newest page', async () => {
    page = renderPage('/handoffs', routes, ({ path }) =>
      path === '/api/handoffs'
        ? { status: 200, body: { handoffs: [handoff(50)], nextCursor: 'c1' } }
        : path === '/api/handoffs?before=c1'
          ? { status: 200, body: { handoffs: [handoff(49)], nextCursor: null } }
          : undefined,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ver traspasos anteriores' }),
    );
    expect(
      await screen.findAllByRole('link', { name: 'Abrir en Chatwoot' }),
    ).toHaveLength(2);
    expect(
      screen.queryByRole('button', { name: 'Ver traspasos anteriores' }),
    ).toBeNull();
    expect(page.calls.map((c) => c.path)).toEqual([
      '/api/handoffs',
      '/api/handoffs?before=c1',
    ]);
  });

  it('says so when the bot has handed nothing over', async () => {
    page = renderPage('/handoffs', routes, () => ({
      status: 200,
      body: { handoffs: [], nextCursor: null },
    }));
    expect(
      await screen.findByText(
        'El bot todavía no ha pasado ninguna conversación a una persona.',
      ),
    ).toBeTruthy();
  });
});
