// /customers/:id: who the customer is, their upcoming and past appointments, no-shows, the staff's notes and their Chatwoot conversation.
import type {
  CustomerChangeRequest,
  CustomerDetail,
} from '@atrevete/console-api';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { AppointmentList } from './AppointmentList';
import { CustomerDialog, type CustomerFields } from './CustomerDialog';
import { CustomerNotes } from './CustomerNotes';
import { useApiData } from '../../ui/use-api-data';
import './customers.css';

export default function CustomerPage() {
  const { customerId } = useParams();
  const { timeZone } = useSession().salon;
  const page = useApiData<CustomerDetail>(
    `/api/customers/${encodeURIComponent(customerId ?? '')}`,
  );
  const [editing, setEditing] = useState(false);
  const customer = page.data;

  if (page.loading)
    return (
      <p className="loading" role="status">
        Cargando…
      </p>
    );
  if (!customer)
    return (
      <section className="page" aria-labelledby="customer-title">
        <h1 id="customer-title">Cliente</h1>
        <p className="form-error" role="alert">
          {page.error}
        </p>
        <Link to="/customers">Volver a clientes</Link>
      </section>
    );

  const saveChanges = async (fields: CustomerFields) => {
    const name = fields.name.trim();
    const phone = fields.phone.trim();
    const change: CustomerChangeRequest = {
      ...(name ? { name } : {}),
      ...(phone ? { phone } : {}),
    };
    await api.patch(`/api/customers/${customer.id}`, change);
    page.reload();
  };

  const noShows = customer.noShows;
  return (
    <article className="page customer" aria-labelledby="customer-title">
      <p>
        <Link to="/customers">← Clientes</Link>
      </p>
      <header className="customer-head">
        <h1 id="customer-title">{customer.name ?? 'Sin nombre'}</h1>
        <p>
          Teléfono:{' '}
          {customer.phone ? (
            <a href={`tel:${customer.phone}`}>{customer.phone}</a>
          ) : (
            'sin teléfono'
          )}
        </p>
        <p>
          <strong>
            No vino: {noShows} {noShows === 1 ? 'vez' : 'veces'}
          </strong>
        </p>
        <div className="actions">
          {customer.chatwootConversationUrl && (
            <a
              href={customer.chatwootConversationUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              Abrir conversación en Chatwoot
            </a>
          )}
          <button type="button" onClick={() => setEditing(true)}>
            Editar datos
          </button>
        </div>
      </header>

      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">Próximas citas</h2>
        <AppointmentList
          appointments={customer.upcoming}
          timeZone={timeZone}
          upcoming
          empty="No tiene citas próximas."
        />
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">Citas pasadas</h2>
        <AppointmentList
          appointments={customer.past}
          timeZone={timeZone}
          upcoming={false}
          empty="Todavía no ha venido."
        />
      </section>
      <CustomerNotes
        customerId={customer.id}
        notes={customer.notes}
        onChanged={page.reload}
      />

      {editing && (
        <CustomerDialog
          title="Editar cliente"
          submitLabel="Guardar cambios"
          initial={{ name: customer.name ?? '', phone: customer.phone ?? '' }}
          save={saveChanges}
          onClose={() => setEditing(false)}
        />
      )}
    </article>
  );
}
