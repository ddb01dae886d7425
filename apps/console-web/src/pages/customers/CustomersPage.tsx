// /customers?q=…: find a customer by name or phone as you type (the query stays in the address), or add one at the desk.
import type {
  CustomerSearchResponse,
  CustomerSummary,
} from '@atrevete/console-api';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { dateTime } from '../../format';
import { CustomerDialog, type CustomerFields } from './CustomerDialog';
import { useApiData, useSettled } from '../../ui/use-api-data';
import './customers.css';

/** Typing pauses this long before the search runs: one request per word, not per key. */
const SEARCH_DELAY_MS = 250;

export default function CustomersPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const query = params.get('q') ?? '';
  const settled = useSettled(query.trim(), SEARCH_DELAY_MS);
  const found = useApiData<CustomerSearchResponse>(
    `/api/customers?q=${encodeURIComponent(settled)}`,
  );
  const [adding, setAdding] = useState(false);

  async function addCustomer(fields: CustomerFields) {
    const phone = fields.phone.trim();
    const created = await api.post<CustomerSummary>('/api/customers', {
      name: fields.name,
      ...(phone ? { phone } : {}),
    });
    navigate(`/customers/${created.id}`);
  }

  return (
    <section className="page customers" aria-labelledby="customers-title">
      <div className="page-head">
        <h1 id="customers-title">Clientes</h1>
        <button type="button" onClick={() => setAdding(true)}>
          Nuevo cliente
        </button>
      </div>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="customer-search">Buscar cliente</label>
        <input
          id="customer-search"
          type="search"
          autoComplete="off"
          placeholder="Nombre o teléfono"
          aria-describedby="customer-search-hint"
          value={query}
          onChange={(e) =>
            setParams(e.target.value ? { q: e.target.value } : {}, {
              replace: true,
            })
          }
        />
        <p id="customer-search-hint" className="hint">
          Por nombre (con o sin tildes) o por las cifras del teléfono.
        </p>
      </form>

      <h2>{settled ? 'Resultados' : 'Clientes recientes'}</h2>
      {found.loading && (
        <p className="loading" role="status">
          Buscando…
        </p>
      )}
      {found.error && (
        <p className="form-error" role="alert">
          {found.error}
        </p>
      )}
      {found.data && (
        <CustomerTable customers={found.data.customers} query={settled} />
      )}

      {adding && (
        <CustomerDialog
          title="Nuevo cliente"
          submitLabel="Guardar cliente"
          initial={{ name: '', phone: '' }}
          save={addCustomer}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}

function CustomerTable({
  customers,
  query,
}: {
  customers: CustomerSummary[];
  query: string;
}) {
  const { timeZone } = useSession().salon;
  if (customers.length === 0)
    return (
      <p role="status">
        {query
          ? `No hay ningún cliente que coincida con «${query}».`
          : 'Todavía no hay clientes.'}
      </p>
    );
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">Nombre</th>
          <th scope="col">Teléfono</th>
          <th scope="col">Próxima cita</th>
          <th scope="col">No vino</th>
        </tr>
      </thead>
      <tbody>
        {customers.map((customer) => (
          <tr key={customer.id}>
            <td>
              <Link to={`/customers/${customer.id}`}>
                {customer.name ?? 'Sin nombre'}
              </Link>
            </td>
            <td data-label="Teléfono">{customer.phone ?? '—'}</td>
            <td data-label="Próxima cita">
              {customer.nextAppointmentAt
                ? dateTime(customer.nextAppointmentAt, timeZone)
                : '—'}
            </td>
            <td data-label="No vino">{customer.noShows}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
