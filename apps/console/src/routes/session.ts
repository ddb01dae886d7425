// /api/session: sign in (rate-limited), who am I (with the CSRF token), sign out.
import { findStaffByEmail, getSalonSettings } from '@atrevete/db';
import {
  API_ERRORS,
  loginRequest,
  type SessionInfo,
} from '@atrevete/console-api';
import { Router, type Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { ActiveStaffSession } from '@atrevete/db';
import { decoyHash, verifyPassword } from '../auth/passwords.js';
import { closeSession, openSession, requireSession } from '../auth/session.js';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';

const WRONG_LOGIN = 'El correo o la contraseña no son correctos.';

export function sessionRouter(deps: ConsoleDeps): Router {
  const router = Router();
  // Failed attempts per address and email: guessing one person's password is slow, and a
  // colleague's typo on the same reception computer does not lock everybody out.
  const loginLimiter = rateLimit({
    windowMs: deps.settings.loginLimit.windowMs,
    limit: deps.settings.loginLimit.attempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req: Request) =>
      `${ipKeyGenerator(req.ip ?? '')}|${String(req.body?.email ?? '')
        .trim()
        .toLowerCase()}`,
    handler: (_req, res) => {
      res.status(429).json({
        error: 'too_many_attempts',
        message: API_ERRORS.tooManyAttempts,
      });
    },
  });

  router.post('/login', loginLimiter, async (req, res) => {
    const { email, password } = parseInput(loginRequest, req.body);
    const account = await findStaffByEmail(deps.db, email);
    const valid = await verifyPassword(
      account?.passwordHash ?? (await decoyHash),
      password,
    );
    if (!account || !valid || !account.active) {
      throw new ApiError(401, 'wrong_login', WRONG_LOGIN);
    }
    const session = await openSession(deps, res, account.id);
    deps.logger.info({ staffId: account.id }, 'staff signed in');
    res.json(await sessionInfo(deps, session));
  });

  router.get('/', requireSession, async (req, res) => {
    res.json(await sessionInfo(deps, req.staffSession!));
  });

  router.post('/logout', async (req, res) => {
    await closeSession(deps, req, res);
    res.status(204).end();
  });
  return router;
}

async function sessionInfo(
  deps: ConsoleDeps,
  session: ActiveStaffSession,
): Promise<SessionInfo> {
  const salon = await getSalonSettings(deps.db);
  const { id, email, name, role } = session.staff;
  const chatwoot = deps.settings.chatwoot;
  return {
    staff: { id, email, name, role },
    csrfToken: session.csrfToken,
    chatwootUrl: chatwoot
      ? `${chatwoot.baseUrl.replace(/\/$/, '')}/app/accounts/${chatwoot.accountId}`
      : null,
    salon: { name: salon.name, timeZone: salon.timeZone },
  };
}
