// Who is signed in: the session cookie, looked up in Postgres on every request; roles and CSRF checks for the routes.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  createStaffSession,
  deleteStaffSession,
  findActiveStaffSession,
  type ActiveStaffSession,
  type StaffRole,
} from '@atrevete/db';
import { API_ERRORS, CSRF_HEADER } from '@atrevete/console-api';
import type { Request, RequestHandler, Response } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError } from '../http/api-error.js';

export const SESSION_COOKIE = 'atrevete_session';

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in staff member's session, when the cookie names a live one. */
    staffSession?: ActiveStaffSession;
  }
}

/** What the sessions table stores for a token: its HMAC under CONSOLE_SESSION_SECRET. */
export function sessionTokenHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name)
      return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

function cookieAttributes(deps: ConsoleDeps, maxAgeSeconds: number): string {
  const secure = deps.settings.publicUrl.startsWith('https:') ? '; Secure' : '';
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

/** Opens a session for `staffId`: a random token in the cookie, its HMAC and a CSRF token in Postgres. */
export async function openSession(
  deps: ConsoleDeps,
  res: Response,
  staffId: number,
): Promise<ActiveStaffSession> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = sessionTokenHash(deps.settings.sessionSecret, token);
  const maxAgeSeconds = Math.round(deps.settings.sessionHours * 3600);
  const expiresAt = new Date(deps.now().getTime() + maxAgeSeconds * 1000);
  await createStaffSession(deps.db, {
    tokenHash,
    staffId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt,
  });
  res.setHeader(
    'Set-Cookie',
    `${SESSION_COOKIE}=${token}; ${cookieAttributes(deps, maxAgeSeconds)}`,
  );
  const session = await findActiveStaffSession(deps.db, tokenHash, deps.now());
  if (!session) throw new Error('the session just opened was not found');
  return session;
}

export async function closeSession(
  deps: ConsoleDeps,
  req: Request,
  res: Response,
): Promise<void> {
  if (req.staffSession)
    await deleteStaffSession(deps.db, req.staffSession.tokenHash);
  res.setHeader(
    'Set-Cookie',
    `${SESSION_COOKIE}=; ${cookieAttributes(deps, 0)}`,
  );
}

/** Loads the session named by the cookie, if any; never refuses (the routes decide). */
export function loadSession(deps: ConsoleDeps): RequestHandler {
  return async (req, _res, next) => {
    const token = cookieValue(req, SESSION_COOKIE);
    if (token) {
      req.staffSession = await findActiveStaffSession(
        deps.db,
        sessionTokenHash(deps.settings.sessionSecret, token),
        deps.now(),
      );
    }
    next();
  };
}

/** 401 without a live session. */
export const requireSession: RequestHandler = (req, _res, next) => {
  if (!req.staffSession)
    throw new ApiError(401, 'unauthenticated', API_ERRORS.unauthenticated);
  next();
};

/** 403 unless the signed-in person has one of `roles`. */
export function requireRole(...roles: StaffRole[]): RequestHandler {
  return (req, _res, next) => {
    const role = req.staffSession?.staff.role;
    if (!role)
      throw new ApiError(401, 'unauthenticated', API_ERRORS.unauthenticated);
    if (!roles.includes(role))
      throw new ApiError(403, 'forbidden', API_ERRORS.forbidden);
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every change carries the session's CSRF token in a header, which a page of another site cannot
 * read or set; and, when the browser says where the request comes from, that is the console.
 */
export function csrfProtection(deps: ConsoleDeps): RequestHandler {
  const consoleOrigin = new URL(deps.settings.publicUrl).origin;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.headers.origin;
    if (origin && origin !== consoleOrigin && !isSameHost(req, origin))
      throw new ApiError(403, 'csrf', API_ERRORS.csrf);
    const session = req.staffSession;
    if (session && !sameToken(session.csrfToken, req.get(CSRF_HEADER)))
      throw new ApiError(403, 'csrf', API_ERRORS.csrf);
    next();
  };
}

/** The console opened by another address than CONSOLE_PUBLIC_URL (a LAN IP): still itself. */
function isSameHost(req: Request, origin: string): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
