// /settings/audit: who changed what and when (appointments, prices, hours, accounts), newest first, with the before and after in words.
import {
  AUDIT_ENTITY_NAMES,
  type AuditChange,
  type AuditEntryView,
  type AuditListResponse,
} from '@atrevete/console-api';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiRequestError } from '../../api/client';
import { useSession } from '../../auth/session';
import { dateTime } from '../../format';
import { useApiData } from '../../ui/use-api-data';

interface OlderPages {
  /** The filter these pages belong to. */
  entity: string;
  entries: AuditEntryView[];
  nextBefore: number | null;
}

function Side({
  changes,
  side,
}: {
  changes: AuditChange[];
  side: 'before' | 'after';
}) {
  const shown = changes.filter((change) => change[side] !== null);
  if (shown.length === 0) return <>—</>;
  return (
    <ul className="changes">
      {shown.map((change) => (
        <li key={change.field}>
          <span className="change-label">{change.label}:</span> {change[side]}
        </li>
      ))}
    </ul>
  );
}

export function AuditSection() {
  const id = useId();
  const { timeZone } = useSession().salon;
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const query = entity ? `?entity=${encodeURIComponent(entity)}` : '';
  const first = useApiData<AuditListResponse>(`/api/audit${query}`);
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const mine = older?.entity === entity ? older : null;
  const entries = [...(first.data?.entries ?? []), ...(mine?.entries ?? [])];
  const nextBefore = mine ? mine.nextBefore : (first.data?.nextBefore ?? null);

  async function loadOlder(before: number) {
    setBusy(true);
    setError(null);
    try {
      const page = await api.get<AuditListResponse>(
        `/api/audit?before=${before}${entity ? `&entity=${encodeURIComponent(entity)}` : ''}`,
      );
      setOlder({
        entity,
        entries: [...(mine?.entries ?? []), ...page.entries],
        nextBefore: page.nextBefore,
      });
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

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Historial de cambios</h2>
      <div className="field filter">
        <label htmlFor={`${id}-entity`}>Mostrar</label>
        <select
          id={`${id}-entity`}
          value={entity}
          onChange={(e) =>
            setParams(e.target.value ? { entity: e.target.value } : {}, {
              replace: true,
            })
          }
        >
          <option value="">Todos los cambios</option>
          {Object.entries(AUDIT_ENTITY_NAMES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
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
        (entries.length === 0 ? (
          <p role="status">No hay cambios que mostrar.</p>
        ) : (
          <table className="settings-table audit">
            <thead>
              <tr>
                <th scope="col">Cuándo</th>
                <th scope="col">Quién</th>
                <th scope="col">Qué</th>
                <th scope="col">Antes</th>
                <th scope="col">Después</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>
                      {dateTime(entry.at, timeZone)}
                    </time>
                  </td>
                  <td data-label="Quién">{entry.staffName ?? 'Sistema'}</td>
                  <td data-label="Qué">
                    {entry.actionText}
                    {entry.subject && (
                      <>
                        : <strong>{entry.subject}</strong>
                      </>
                    )}
                  </td>
                  <td data-label="Antes">
                    <Side changes={entry.changes} side="before" />
                  </td>
                  <td data-label="Después">
                    <Side changes={entry.changes} side="after" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {nextBefore !== null && (
        <div className="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void loadOlder(nextBefore)}
          >
            Ver cambios anteriores
          </button>
        </div>
      )}
    </section>
  );
}
