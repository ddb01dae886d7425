// /settings/services: the price list as the bot quotes it (inactive ones too), each editable in a dialog, and new services.
import type { CatalogueResponse, ServiceView } from '@atrevete/console-api';
import { useState } from 'react';
import { money } from '../../format';
import { useApiData } from '../../ui/use-api-data';
import { ServiceDialog } from './ServiceDialog';
import { ApiStatus } from '../../ui/api-status';

type Editing = { service: ServiceView | null } | null;

export function ServicesSection() {
  const catalogue = useApiData<CatalogueResponse>('/api/catalogue');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function saved(service: ServiceView) {
    setNotice(`Guardado: ${service.name}. El bot ya lo usa.`);
    catalogue.reload();
  }

  return (
    <section aria-labelledby="services-title">
      <div className="section-head">
        <h2 id="services-title">Servicios</h2>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setNotice(null);
            setEditing({ service: null });
          }}
        >
          Nuevo servicio
        </button>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ApiStatus of={catalogue} />
      {catalogue.data && (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Servicio</th>
              <th scope="col">Categoría</th>
              <th scope="col">Duración</th>
              <th scope="col">Precio</th>
              <th scope="col">Activo</th>
              <th scope="col">
                <span className="visually-hidden">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {catalogue.data.services.map((service) => (
              <tr
                key={service.id}
                className={service.active ? undefined : 'inactive'}
              >
                <td>{service.name}</td>
                <td data-label="Categoría">{service.category}</td>
                <td data-label="Duración">{service.durationMinutes} min</td>
                <td data-label="Precio">{money(service.priceCents)}</td>
                <td data-label="Activo">{service.active ? 'Sí' : 'No'}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Editar ${service.name}`}
                    onClick={() => {
                      setNotice(null);
                      setEditing({ service });
                    }}
                  >
                    Editar
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && catalogue.data && (
        <ServiceDialog
          service={editing.service}
          stylists={catalogue.data.stylists}
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
