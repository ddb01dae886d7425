// The CSRF header, in a module of its own without zod: the web app's first chunk needs only this.
/** The header that carries the session's CSRF token on every POST, PUT, PATCH and DELETE. */
export const CSRF_HEADER = 'x-csrf-token';
