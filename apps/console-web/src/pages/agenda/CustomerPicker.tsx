// The booking form's customer: found by name or phone as the receptionist types, or created on the spot (a walk-in, a phone call).
import type {
  CustomerDetail,
  CustomerSearchResponse,
  CustomerSummary,
  PhoneTakenBody,
} from '@atrevete/console-api';
import { useId, useState } from 'react';
import { api, ApiRequestError } from '../../api/client';
import { useApiData, useSettled } from '../../ui/use-api-data';

const SEARCH_DELAY_MS = 250;

export function customerText(customer: CustomerSummary): string {
  return [customer.name, customer.phone].filter(Boolean).join(' · ');
}

/** Digits and phone punctuation only: what the receptionist typed is a phone, not a name. */
const looksLikePhone = (value: string) => /^[+\d][\d\s().-]*$/.test(value);

export function CustomerPicker({
  customer,
  onChange,
}: {
  customer: CustomerSummary | null;
  onChange(customer: CustomerSummary | null): void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const settled = useSettled(query.trim(), SEARCH_DELAY_MS);
  const found = useApiData<CustomerSearchResponse>(
    customer === null && settled.length >= 2
      ? `/api/customers?q=${encodeURIComponent(settled)}`
      : null,
  );
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [existingId, setExistingId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  if (customer) {
    return (
      <fieldset>
        <legend>Cliente</legend>
        <p className="chosen">
          <strong>{customerText(customer)}</strong>
          {customer.noShows > 0 && (
            <span className="warning">
              {' '}
              · {customer.noShows} {customer.noShows === 1 ? 'falta' : 'faltas'}
            </span>
          )}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(null)}
          >
            Cambiar cliente
          </button>
        </p>
      </fieldset>
    );
  }

  function startCreating() {
    const typed = query.trim();
    setName(looksLikePhone(typed) ? '' : typed);
    setPhone(looksLikePhone(typed) ? typed : '');
    setCreating(true);
  }

  async function create() {
    setBusy(true);
    setErrors({});
    setMessage(null);
    setExistingId(null);
    try {
      onChange(
        await api.post<CustomerSummary>('/api/customers', { name, phone }),
      );
    } catch (caught) {
      if (caught instanceof ApiRequestError) {
        setErrors(caught.fields);
        setMessage(caught.message);
        if (caught.code === 'phone_taken') setExistingId(holderOf(caught));
      } else {
        setMessage('No se ha podido crear el cliente.');
      }
    } finally {
      setBusy(false);
    }
  }

  const results = found.data?.customers ?? [];
  return (
    <fieldset>
      <legend>Cliente</legend>
      <label htmlFor={`${id}-q`}>Buscar cliente</label>
      <input
        id={`${id}-q`}
        type="search"
        autoComplete="off"
        placeholder="Nombre o teléfono"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {found.error && <p className="form-error">{found.error}</p>}
      {results.length > 0 && (
        <ul className="picker-results" aria-label="Clientes encontrados">
          {results.map((result) => (
            <li key={result.id}>
              <button type="button" onClick={() => onChange(result)}>
                {customerText(result)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {found.data && results.length === 0 && settled.length >= 2 && (
        <p className="muted">Nadie coincide con «{settled}».</p>
      )}
      {!creating ? (
        <button type="button" onClick={startCreating}>
          Nuevo cliente
        </button>
      ) : (
        <div className="new-customer">
          <label htmlFor={`${id}-name`}>Nombre</label>
          <input
            id={`${id}-name`}
            autoComplete="off"
            value={name}
            aria-invalid={errors['name'] ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {errors['name'] && <p className="field-error">{errors['name']}</p>}
          <label htmlFor={`${id}-phone`}>Teléfono</label>
          <input
            id={`${id}-phone`}
            type="tel"
            autoComplete="off"
            value={phone}
            aria-invalid={errors['phone'] ? true : undefined}
            onChange={(e) => setPhone(e.target.value)}
          />
          {errors['phone'] && <p className="field-error">{errors['phone']}</p>}
          {message && (
            <p className="form-error" role="alert">
              {message}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void create()}
            >
              Crear cliente
            </button>
            {existingId !== null && (
              <button
                type="button"
                onClick={() =>
                  void api
                    .get<CustomerDetail>(`/api/customers/${existingId}`)
                    .then(onChange, () =>
                      setMessage('No se ha podido abrir ese cliente.'),
                    )
                }
              >
                Usar ese cliente
              </button>
            )}
          </div>
        </div>
      )}
    </fieldset>
  );
}

/** The customer who already has the phone (409 phone_taken names them). */
function holderOf(error: ApiRequestError): number | null {
  const body = error.body as Partial<PhoneTakenBody> | null;
  return typeof body?.customerId === 'number' ? body.customerId : null;
}
