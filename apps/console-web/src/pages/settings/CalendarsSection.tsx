// /settings/calendars: the secret addresses the staff subscribe to in Google Calendar, Apple Calendar or Outlook (the salon's, one per stylist), and a new address when one leaked.
import type {
  CalendarFeedsResponse,
  CalendarFeedView,
  RotateCalendarFeedRequest,
} from '@atrevete/console-api';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../ui/use-api-data';
import { FormOutcome, useFormState } from '../../ui/form-kit';
import { ApiStatus } from '../../ui/api-status';

export function CalendarsSection() {
  const feeds = useApiData<CalendarFeedsResponse>(
    '/api/settings/calendar-feeds',
  );
  const form = useFormState();
  const [notice, setNotice] = useState<string | null>(null);

  async function rotate(feed: CalendarFeedView) {
    setNotice(null);
    const ok = window.confirm(
      `¿Cambiar el enlace de «${feed.name}»? Quien esté suscrito al actual dejará de ver las citas hasta que se suscriba al nuevo.`,
    );
    if (!ok) return;
    const body: RotateCalendarFeedRequest = { stylistId: feed.stylistId };
    if (
      await form.run(() =>
        api.post('/api/settings/calendar-feeds/rotate', body),
      )
    ) {
      setNotice(
        `Enlace de «${feed.name}» cambiado. El anterior ya no funciona.`,
      );
      feeds.reload();
    }
  }

  return (
    <section aria-labelledby="calendars-title">
      <h2 id="calendars-title">Calendarios</h2>
      <p className="help">
        Cada enlace muestra las citas pendientes y confirmadas en Google
        Calendar, Apple Calendar u Outlook («Suscribirse a un calendario» o
        «Añadir calendario desde URL»). Se actualizan solos cada pocos minutos
        (Google puede tardar horas). Quien tenga el enlace ve las citas:
        compártelo solo con quien corresponda.
      </p>
      <ApiStatus of={feeds} />
      {feeds.data && (
        <table className="settings-table calendar-feeds">
          <thead>
            <tr>
              <th scope="col">Calendario</th>
              <th scope="col">Enlace para suscribirse</th>
              <th scope="col">
                <span className="visually-hidden">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feeds.data.feeds.map((feed) => (
              <tr key={feed.stylistId ?? 'salon'}>
                <th scope="row">{feed.name}</th>
                <td>
                  <input
                    type="text"
                    readOnly
                    aria-label={`Enlace de ${feed.name}`}
                    value={feed.url}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    disabled={form.busy}
                    onClick={() => void rotate(feed)}
                  >
                    Cambiar enlace
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormOutcome errors={form.errors} notice={notice} />
    </section>
  );
}
