// /api/handoffs: the conversations the bot gave to a person, newest first, 50 a page, each with its customer and Chatwoot link.
import {
  listHandoffs,
  type HandoffCursor,
  type HandoffRow,
} from '@atrevete/db';
import {
  API_ERRORS,
  handoffListQuery,
  handoffReasonText,
  HANDOFFS_PAGE_SIZE,
  type HandoffListResponse,
  type HandoffView,
} from '@atrevete/console-api';
import { Router } from 'express';
import { z } from 'zod';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import { chatwootConversationUrl } from './customers-views.js';

const INVALID_CURSOR = 'La página pedida no es válida.';

/** What a cursor holds once decoded: opaque to the web app, checked here. */
const cursorShape = z.object({
  at: z.iso.datetime({ precision: 6 }),
  turnId: z.string().min(1).max(200),
});

function encodeCursor(cursor: HandoffCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string): HandoffCursor {
  try {
    const decoded: unknown = JSON.parse(
      Buffer.from(value, 'base64url').toString('utf8'),
    );
    const parsed = cursorShape.safeParse(decoded);
    if (parsed.success) return parsed.data;
  } catch {
    // Not base64url JSON: refused below, like any other wrong cursor.
  }
  throw ApiError.invalid(API_ERRORS.invalid, { before: INVALID_CURSOR });
}

export function handoffsRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { before } = parseInput(handoffListQuery, req.query);
    // One more than a page: whether an older page exists, without an empty last page.
    const rows = await listHandoffs(deps.db, {
      limit: HANDOFFS_PAGE_SIZE + 1,
      before: before ? decodeCursor(before) : undefined,
    });
    const page = rows.slice(0, HANDOFFS_PAGE_SIZE);
    const body: HandoffListResponse = {
      handoffs: page.map((row) => toView(deps, row)),
      nextCursor:
        rows.length > HANDOFFS_PAGE_SIZE
          ? encodeCursor(page[page.length - 1].cursor)
          : null,
    };
    res.json(body);
  });
  return router;
}

function toView(deps: ConsoleDeps, row: HandoffRow): HandoffView {
  return {
    turnId: row.turnId,
    createdAt: row.createdAt.toISOString(),
    reason: row.reason,
    reasonText: handoffReasonText(row.reason),
    customer: row.customer,
    chatwootConversationUrl: chatwootConversationUrl(deps.settings, row),
  };
}
