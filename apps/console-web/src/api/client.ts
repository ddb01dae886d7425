// Calls to the console API: JSON in and out, the CSRF token on every change, refusals as ApiRequestError with the server's Spanish message.
import { CSRF_HEADER, type ApiErrorBody } from '@atrevete/console-api';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** The whole refusal, for the ones that carry more (slot_taken's alternatives, phone_taken's customerId). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Set once signed in (GET /api/session gives it); every POST/PUT/PATCH/DELETE sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when the session has expired (401): the app goes back to the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

const OFFLINE_MESSAGE =
  'No hay conexión con el servidor. Comprueba la red e inténtalo de nuevo.';

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'offline', OFFLINE_MESSAGE);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload ?? {}) as Partial<ApiErrorBody>;
    if (response.status === 401 && path !== '/api/session/login')
      onUnauthenticated?.();
    throw new ApiRequestError(
      response.status,
      error.error ?? 'http_error',
      error.message ?? `Error ${response.status}`,
      error.fields ?? {},
      payload,
    );
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) =>
    apiRequest<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) =>
    apiRequest<T>('DELETE', path, body),
};
