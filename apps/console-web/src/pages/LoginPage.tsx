// /login: "Correo electrónico", "Contraseña", "Entrar"; back to the page that asked for it once signed in.
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiRequestError } from '../api/client';
import { useSessionState } from '../auth/session';

/** Only paths of this app: `next` comes from the address bar and must not send anyone elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//')
    ? next
    : '/agenda';
}

export function LoginPage() {
  const { state, signIn } = useSessionState();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (state.status === 'signed-in') {
    // /queues is served by the server, outside this app.
    if (next.startsWith('/queues')) {
      window.location.assign(next);
      return null;
    }
    return <Navigate to={next} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (caught) {
      setError(
        caught instanceof ApiRequestError
          ? (Object.values(caught.fields)[0] ?? caught.message)
          : 'No se ha podido entrar.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login" id="main">
      <form
        className="card login-card"
        onSubmit={submit}
        noValidate
        aria-labelledby="login-title"
      >
        <h1 id="login-title">Consola del salón</h1>
        <label htmlFor="login-email">Correo electrónico</label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="login-password">Contraseña</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          Entrar
        </button>
      </form>
    </main>
  );
}
