// The frame of every signed-in page: the salon's name, the sections (owner's only for the owner), who is signed in, sign out.
import { NavLink, Outlet } from 'react-router';
import { useSession, useSessionState } from '../auth/session';

export function Shell() {
  const session = useSession();
  const { signOut } = useSessionState();
  const isOwner = session.staff.role === 'owner';
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Saltar al contenido
      </a>
      <header className="topbar">
        <span className="brand">{session.salon.name}</span>
        <nav aria-label="Secciones">
          <ul>
            <li>
              <NavLink to="/agenda">Agenda</NavLink>
            </li>
            <li>
              <NavLink to="/customers">Clientes</NavLink>
            </li>
            <li>
              <NavLink to="/handoffs">Traspasos</NavLink>
            </li>
            {isOwner && (
              <>
                <li>
                  <NavLink to="/settings">Ajustes</NavLink>
                </li>
                <li>
                  {/* The queue dashboard is a server page (bull-board), not part of this app. */}
                  <a href="/queues">Colas</a>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="who">
          <span>
            {session.staff.name} · {isOwner ? 'Propietaria' : 'Personal'}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => void signOut()}
          >
            Salir
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
