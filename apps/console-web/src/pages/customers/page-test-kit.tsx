// For the page specs only: a page rendered signed in, behind a scripted API (fetch answered in memory), with <dialog> where jsdom lacks it.
import type { SessionInfo, StaffRole } from '@atrevete/console-api';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Routes, useLocation } from 'react-router';
import { RequireSession } from '../../auth/guards';
import { SessionProvider } from '../../auth/session';

export interface ApiCall {
  method: string;
  /** Path and query, e.g. /api/customers?q=maria */
  path: string;
  body: unknown;
}

export interface ApiAnswer {
  status: number;
  body?: unknown;
}

/** Answers a call of the page; undefined: the spec did not expect it (answered 404). */
export type ApiScript = (call: ApiCall) => ApiAnswer | undefined;

export function sessionOf(role: StaffRole, id = 7): SessionInfo {
  return {
    staff: {
      id,
      email: 'recepcion@salon.test',
      name: 'Lucía Recepción',
      role,
    },
    csrfToken: 'csrf-de-prueba',
    chatwootUrl: 'https://chatwoot.salon.test/app/accounts/1',
    salon: { name: 'Atrévete Peluquería', timeZone: 'Europe/Madrid' },
  };
}

/** jsdom has no showModal/close: open and close the element the way a browser does, with its close event. */
function ensureDialogs(): void {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location">{`${location.pathname}${location.search}`}</output>
  );
}

export interface RenderedPage extends RenderResult {
  /** Every call the page made, in order (the session's own excluded). */
  calls: ApiCall[];
  /** The router's current path and query. */
  location(): string;
  restore(): void;
}

/** Renders `routes` at `url`, signed in as `session`, with fetch answered by `script`. */
export function renderPage(
  url: string,
  routes: ReactNode,
  script: ApiScript,
  session: SessionInfo = sessionOf('staff'),
): RenderedPage {
  ensureDialogs();
  const calls: ApiCall[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'http://consola.test');
    const call: ApiCall = {
      method: init?.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    const answer: ApiAnswer =
      call.path === '/api/session'
        ? { status: 200, body: session }
        : (script(call) ?? {
            status: 404,
            body: { error: 'not_found', message: 'No existe.' },
          });
    if (call.path !== '/api/session') calls.push(call);
    return new Response(
      answer.body === undefined ? null : JSON.stringify(answer.body),
      {
        status: answer.status,
        headers: { 'Content-Type': 'application/json' },
      },
    );
  };
  const rendered = render(
    <MemoryRouter initialEntries={[url]}>
      <SessionProvider>
        <RequireSession>
          <Routes>{routes}</Routes>
          <LocationProbe />
        </RequireSession>
      </SessionProvider>
    </MemoryRouter>,
  );
  return {
    ...rendered,
    calls,
    location: () => rendered.getByTestId('location').textContent ?? '',
    restore: () => {
      globalThis.fetch = realFetch;
    },
  };
}
