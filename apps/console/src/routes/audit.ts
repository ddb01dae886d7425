// /api/audit (owner): every change the staff made, newest first, 50 a page, with who, when, and the before and after in words.
import { auditNamesOf, getSalonSettings, listAuditEntries } from '@atrevete/db';
import {
  AUDIT_PAGE_SIZE,
  auditListQuery,
  type AuditListResponse,
} from '@atrevete/console-api';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { parseInput } from '../http/api-error.js';
import { auditDescriber, idsNamedIn } from './audit-text.js';

export function auditRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { before, entity } = parseInput(auditListQuery, req.query);
    // One more than a page: whether an older page exists, without an empty last page.
    const rows = await listAuditEntries(deps.db, {
      limit: AUDIT_PAGE_SIZE + 1,
      beforeId: before,
      entity,
    });
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    const [names, settings] = await Promise.all([
      auditNamesOf(deps.db, idsNamedIn(page)),
      getSalonSettings(deps.db),
    ]);
    const describe = auditDescriber(names, settings.timeZone);
    const body: AuditListResponse = {
      entries: page.map(describe),
      nextBefore:
        rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id : null,
    };
    res.json(body);
  });
  return router;
}
