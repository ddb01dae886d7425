// /api/customers/:customerId/notes: the staff write notes about a customer; only the author or the owner removes one.
import {
  addCustomerNote,
  deleteCustomerNote,
  getCustomerListing,
} from '@atrevete/db';
import { newNoteRequest } from '@atrevete/console-api';
import { Router, type Request } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import {
  CUSTOMER_NOT_FOUND,
  customerIdParam,
  signedInStaff,
  toNoteView,
} from './customers-views.js';

const NOTE_NOT_FOUND = 'Esa nota ya no existe.';
const NOT_AUTHOR =
  'Solo quien escribió la nota, o la propietaria, puede borrarla.';

/** Mounted under /:customerId/notes: the customer's id comes from the parent path (mergeParams). */
export function customerNotesRouter(deps: ConsoleDeps): Router {
  const router = Router({ mergeParams: true });

  router.post('/', async (req: Request<{ customerId: string }>, res) => {
    const customerId = customerIdParam(req.params.customerId);
    const { body } = parseInput(newNoteRequest, req.body);
    if (!(await getCustomerListing(deps.db, customerId, deps.now())))
      throw ApiError.notFound(CUSTOMER_NOT_FOUND);
    const note = await addCustomerNote(deps.db, {
      customerId,
      staffId: signedInStaff(req).id,
      body,
    });
    res.status(201).json(toNoteView(note));
  });

  router.delete(
    '/:noteId',
    async (req: Request<{ customerId: string; noteId: string }>, res) => {
      const customerId = customerIdParam(req.params.customerId);
      const noteId = Number(req.params.noteId);
      if (!Number.isSafeInteger(noteId) || noteId <= 0)
        throw ApiError.notFound(NOTE_NOT_FOUND);
      const staff = signedInStaff(req);
      const outcome = await deleteCustomerNote(deps.db, {
        customerId,
        noteId,
        by: { staffId: staff.id, isOwner: staff.role === 'owner' },
      });
      switch (outcome) {
        case 'not_found':
          throw ApiError.notFound(NOTE_NOT_FOUND);
        case 'not_author':
          throw new ApiError(403, 'not_author', NOT_AUTHOR);
        case 'deleted':
          res.status(204).end();
      }
    },
  );
  return router;
}
