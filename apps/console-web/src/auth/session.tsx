// The signed-in person, for every page: loaded once from GET /api/session, cleared on sign-out or an expired session.
import type { SessionInfo } from '@atrevete/console-api';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, setCsrfToken, setUnauthenticatedHandler } from '../api/client';

type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: SessionInfo };

interface SessionContextValue {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const adopt = useCallback((session: SessionInfo | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setState(
      session ? { status: 'signed-in', session } : { status: 'signed-out' },
    );
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => adopt(null));
    // Not signed in (401) or the server unreachable: either way, the login page.
    api.get<SessionInfo>('/api/session').then(adopt, () => adopt(null));
    return () => setUnauthenticatedHandler(null);
  }, [adopt]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signIn: async (email, password) => {
        adopt(
          await api.post<SessionInfo>('/api/session/login', {
            email,
            password,
          }),
        );
      },
      signOut: async () => {
        await api.post('/api/session/logout').catch(() => undefined);
        adopt(null);
      },
    }),
    [state, adopt],
  );
  return (
    <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
  );
}

export function useSessionState(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionState outside SessionProvider');
  return value;
}

/** The signed-in session; only for pages rendered inside RequireSession. */
export function useSession(): SessionInfo {
  const { state } = useSessionState();
  if (state.status !== 'signed-in')
    throw new Error('useSession without a session');
  return state.session;
}
