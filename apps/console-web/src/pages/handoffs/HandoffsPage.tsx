// /handoffs: the conversations the bot passed to a person (when, who, why), each with its link to answer it in Chatwoot.
import type { HandoffListResponse, HandoffView } from '@atrevete/console-api';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiRequestError } from '../../api/client';
import { useSession } from '../../auth/session';
import { dateTime } from '../../format';
import { useApiData } from '../../ui/use-api-data';
import '../customers/customers.css';

interface OlderPages {
  handoffs: HandoffView[];
  nextCursor: string | null;
}

export default function HandoffsPage() {
  const { timeZone } = useSession().salon;
  const first = useApiData<HandoffListResponse>('/api/handoffs');
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handoffs = [
    ...(first.data?.handoffs ?? []),
    ...(older?.handoffs ?? []),
  ];
  const cursor = older ? older.nextCursor : (first.data?.nextCursor ?? null);

  async function loadOlder(before: string) {
    setBusy(true);
    setError(null);
    try {
      const page = await api.get<HandoffListResponse>(
        `/api/handoffs?before=${encodeURIComponent(before)}`,
      );
      setOlder((loaded) => ({
        handoffs: [...(loaded?.handoffs ?? []), ...page.handoffs],
        nextCursor: page.nextCursor,
      }));
    } catch (caught) {
      setError(
        caught instanceof ApiRequestError
          ? caught.message
          : 'No se han podido cargar.',
      );
    } finally {
      setBusy(false);
    }
  }

  function refresh() {
    setOlder(null);
    setError(null);
    first.reload();
  }

  return (
    <section className="page handoffs" aria-labelledby="handoffs-title">
      <div className="page-head">
        <h1 id="handoffs-title">Traspasos</h1>
        <button type="button" onClick={refresh}>
          Actualizar
        </button>
      </div>
      <p className="hint">
        Conversaciones que el bot ha pasado a una persona del equipo, las más
        recientes primero.
      </p>
      {first.loading && (
        <p className="loading" role="status">
          Cargando…
        </p>
      )}
      {(first.error ?? error) && (
        <p className="form-error" role="alert">
          {first.error ?? error}
        </p>
      )}
      {first.data &&
        (handoffs.length === 0 ? (
          <p role="status">
            El bot todavía no ha pasado ninguna conversación a una persona.
          </p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">Cuándo</th>
                <th scope="col">Cliente</th>
                <th scope="col">Motivo</th>
                <th scope="col">Conversación</th>
              </tr>
            </thead>
            <tbody>
              {handoffs.map((handoff) => (
                <tr key={handoff.turnId}>
                  <td>
                    <time dateTime={handoff.createdAt}>
                      {dateTime(handoff.createdAt, timeZone)}
                    </time>
                  </td>
                  <td data-label="Cliente">
                    {handoff.customer ? (
                      <Link to={`/customers/${handoff.customer.id}`}>
                        {handoff.customer.name ??
                          handoff.customer.phone ??
                          'Sin nombre'}
                      </Link>
                    ) : (
                      'Desconocido'
                    )}
                  </td>
                  <td data-label="Motivo">{handoff.reasonText}</td>
                  <td>
                    {handoff.chatwootConversationUrl ? (
                      <a
                        href={handoff.chatwootConversationUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        Abrir en Chatwoot
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {cursor && (
        <div className="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void loadOlder(cursor)}
          >
            Ver traspasos anteriores
          </button>
        </div>
      )}
    </section>
  );
}
