// What a page shows while its data loads, or why it could not: one place for the "Cargando…" status and the error alert.
import type { ApiData } from './use-api-data';

export function ApiStatus({ of }: { of: ApiData<unknown> }) {
  return (
    <>
      {of.loading && (
        <p className="loading" role="status">
          Cargando…
        </p>
      )}
      {of.error && (
        <p className="form-error" role="alert">
          {of.error}
        </p>
      )}
    </>
  );
}
