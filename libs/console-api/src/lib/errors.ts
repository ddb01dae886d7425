// How the console API answers a request it refuses: a status, a machine-readable code and a Spanish message for the form.

/** The body of every 4xx/5xx answer of /api: `message` is shown to the staff as it is. */
export interface ApiErrorBody {
  error: string;
  message: string;
  /** Per-field messages of a form that did not validate (field path → message). */
  fields?: Record<string, string>;
}

export const API_ERRORS = {
  unauthenticated: 'Tu sesión ha caducado. Vuelve a entrar.',
  forbidden: 'Tu cuenta no tiene permiso para esto.',
  csrf: 'La página estaba desactualizada. Recárgala e inténtalo otra vez.',
  invalid: 'Revisa los datos del formulario.',
  notFound: 'No existe.',
  tooManyAttempts:
    'Demasiados intentos. Espera unos minutos antes de volver a probar.',
  internal: 'Algo ha fallado. Inténtalo de nuevo en unos segundos.',
} as const;
