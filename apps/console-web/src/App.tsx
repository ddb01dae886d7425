// Every view has its own URL: /login, /agenda, /customers, /customers/:id, /handoffs, /settings (owner).
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { RequireRole, RequireSession } from './auth/guards';
import { SessionProvider } from './auth/session';
import { Shell } from './layout/Shell';
import { AgendaPage } from './pages/agenda/AgendaPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';

// The owner's pages and the customer pages are loaded when opened: the agenda starts faster.
const CustomersPage = lazy(() => import('./pages/customers/CustomersPage'));
const CustomerPage = lazy(() => import('./pages/customers/CustomerPage'));
const HandoffsPage = lazy(() => import('./pages/handoffs/HandoffsPage'));
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage'));

const loading = (
  <p className="loading" role="status">
    Cargando…
  </p>
);

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Suspense fallback={loading}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireSession>
                  <Shell />
                </RequireSession>
              }
            >
              <Route index element={<Navigate to="/agenda" replace />} />
              <Route path="/agenda" element={<AgendaPage />} />
              <Route path="/customers" element={<CustomersPage />} />
              <Route path="/customers/:customerId" element={<CustomerPage />} />
              <Route path="/handoffs" element={<HandoffsPage />} />
              <Route
                path="/settings/*"
                element={
                  <RequireRole role="owner">
                    <SettingsPage />
                  </RequireRole>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </SessionProvider>
    </BrowserRouter>
  );
}
