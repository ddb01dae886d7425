// Reads one GET of the API for a page: the answer for the current path, its Spanish error, and a reload after a change; and a value that settles while someone types.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiRequestError } from '../api/client';

type Loaded<T> =
  | { path: string; data: T; error: null }
  | { path: string; data: null; error: string };

export interface ApiData<T> {
  /** The answer for `path`; while a reload runs, the previous answer stays. */
  data: T | null;
  error: string | null;
  /** Nothing has arrived yet for this path. */
  loading: boolean;
  reload(): void;
}

/** Fetches `path` (null: nothing to fetch); an answer for an older path is never shown for a newer one. */
export function useApiData<T>(path: string | null): ApiData<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    api.get<T>(path).then(
      (data) => {
        if (current) setLoaded({ path, data, error: null });
      },
      (error: unknown) => {
        if (current)
          setLoaded({
            path,
            data: null,
            error:
              error instanceof ApiRequestError
                ? error.message
                : 'No se ha podido cargar.',
          });
      },
    );
    return () => {
      current = false;
    };
  }, [path, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const mine = loaded !== null && loaded.path === path ? loaded : null;
  return {
    data: mine?.data ?? null,
    error: mine?.error ?? null,
    loading: path !== null && mine === null,
    reload,
  };
}

/** `value` once it has not changed for `delayMs`: a search runs once per word, not once per key. */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
