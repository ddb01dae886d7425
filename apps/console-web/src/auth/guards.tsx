// Pages behind the login, and pages only the owner may open.
import type { StaffRole } from '@atrevete/console-api';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionState } from './session';

export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSessionState();
  const location = useLocation();
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        Cargando…
      </p>
    );
  if (state.status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

export function RequireRole({
  role,
  children,
}: {
  role: StaffRole;
  children: ReactNode;
}) {
  const { state } = useSessionState();
  if (state.status !== 'signed-in') return null;
  if (state.session.staff.role !== role)
    return (
      <section className="page" aria-labelledby="forbidden-title">
        <h1 id="forbidden-title">Sin permiso</h1>
        <p>
          Esta página es solo para la propietaria del salón. Pídele que haga el
          cambio.
        </p>
      </section>
    );
  return children;
}
