// The calendar feeds page: the salon's and each stylist's secret address, and a new one after confirming.
import type { CalendarFeedsResponse } from '@atrevete/console-api';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  renderPage,
  sessionOf,
  type RenderedPage,
} from '../customers/page-test-kit';
import SettingsPage from './SettingsPage';

const routes = <Route path="/settings/*" element={<SettingsPage />} />;
const url = (token: string) => `https://consola.salon.es/calendar/${token}.ics`;

describe('the calendars page', () => {
  let page: RenderedPage;
  afterEach(() => {
    page.restore();
    vi.restoreAllMocks();
  });

  it('shows each address and changes one after a confirmation', async () => {
    let anaToken = 'a'.repeat(43);
    page = renderPage(
      '/settings/calendars',
      routes,
      (call) => {
        if (call.path === '/api/settings/calendar-feeds') {
          const body: CalendarFeedsResponse = {
            feeds: [
              {
                stylistId: null,
                name: 'Todo el salón',
                url: url('s'.repeat(43)),
              },
              { stylistId: 2, name: 'Ana', url: url(anaToken) },
            ],
          };
          return { status: 200, body };
        }
        if (call.path === '/api/settings/calendar-feeds/rotate') {
          expect(call.body).toEqual({ stylistId: 2 });
          anaToken = 'b'.repeat(43);
          return {
            status: 200,
            body: { stylistId: 2, name: 'Ana', url: url(anaToken) },
          };
        }
        return undefined;
      },
      sessionOf('owner'),
    );
    const ana = (await screen.findByLabelText(
      'Enlace de Ana',
    )) as HTMLInputElement;
    expect(ana.value).toBe(url('a'.repeat(43)));
    expect(
      (screen.getByLabelText('Enlace de Todo el salón') as HTMLInputElement)
        .value,
    ).toBe(url('s'.repeat(43)));

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    const [, anaButton] = screen.getAllByRole('button', {
      name: 'Cambiar enlace',
    });
    await userEvent.click(anaButton);
    expect(confirm).toHaveBeenCalled();
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);

    confirm.mockReturnValueOnce(true);
    await userEvent.click(anaButton);
    await screen.findByText(
      'Enlace de «Ana» cambiado. El anterior ya no funciona.',
    );
    expect(
      (
        (await screen.findByDisplayValue(
          url('b'.repeat(43)),
        )) as HTMLInputElement
      ).value,
    ).toBe(url('b'.repeat(43)));
  });
});
