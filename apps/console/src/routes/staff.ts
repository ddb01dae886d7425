// /api/staff (owner): the console's accounts; add one (a generated password shown once), rename, change role, disable, reset a password.
import {
  addStaffAccount,
  changeStaffAccount,
  listStaffAccounts,
  resetStaffPassword,
  type StaffAccount,
} from '@atrevete/db';
import {
  newStaffRequest,
  STAFF_ERRORS,
  staffChangeRequest,
  type NewStaffResponse,
  type PasswordResetResponse,
  type StaffListResponse,
  type StaffView,
} from '@atrevete/console-api';
import { Router } from 'express';
import { generatePassword, hashPassword } from '../auth/passwords.js';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import { idParam } from './catalogue.js';
import { signedInStaff } from './customers-views.js';

export function staffRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const body: StaffListResponse = {
      staff: (await listStaffAccounts(deps.db)).map(toStaffView),
    };
    res.json(body);
  });

  router.post('/', async (req, res) => {
    const { email, name, role, password } = parseInput(
      newStaffRequest,
      req.body,
    );
    const chosen = password ?? generatePassword();
    const created = await addStaffAccount(deps.db, {
      account: { email, name, role, passwordHash: await hashPassword(chosen) },
      staffId: signedInStaff(req).id,
    });
    if (created.kind === 'email_taken')
      throw ApiError.conflict('email_taken', STAFF_ERRORS.emailTaken);
    const body: NewStaffResponse = {
      account: toStaffView(created.account),
      generatedPassword: password === undefined ? chosen : null,
    };
    res.status(201).json(body);
  });

  router.patch('/:accountId', async (req, res) => {
    const accountId = idParam(req.params['accountId'], STAFF_ERRORS.notFound);
    const change = parseInput(staffChangeRequest, req.body);
    const changed = await changeStaffAccount(deps.db, {
      accountId,
      change,
      staffId: signedInStaff(req).id,
    });
    switch (changed.kind) {
      case 'not_found':
        throw ApiError.notFound(STAFF_ERRORS.notFound);
      case 'last_owner':
        throw ApiError.conflict('last_owner', STAFF_ERRORS.lastOwner);
      case 'updated':
        res.json(toStaffView(changed.account));
    }
  });

  router.post('/:accountId/reset-password', async (req, res) => {
    const accountId = idParam(req.params['accountId'], STAFF_ERRORS.notFound);
    const password = generatePassword();
    const reset = await resetStaffPassword(deps.db, {
      accountId,
      passwordHash: await hashPassword(password),
      staffId: signedInStaff(req).id,
      // Resetting one's own password keeps this session: the new password is on this screen.
      keepSessionTokenHash: req.staffSession?.tokenHash,
    });
    if (reset.kind === 'not_found')
      throw ApiError.notFound(STAFF_ERRORS.notFound);
    const body: PasswordResetResponse = {
      account: toStaffView(reset.account),
      generatedPassword: password,
    };
    res.json(body);
  });
  return router;
}

function toStaffView(account: StaffAccount): StaffView {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    active: account.active,
    createdAt: account.createdAt.toISOString(),
  };
}
