// /api/customers: find a customer by name or phone, add one at the desk, their page, and corrections to name and phone.
import {
  changeCustomer,
  createStaffCustomer,
  getCustomerListing,
  latestConversationOfContact,
  listCustomerAppointmentsForStaff,
  listCustomerNotes,
  searchCustomers,
  type PhoneHolder,
} from '@atrevete/db';
import {
  API_ERRORS,
  CUSTOMER_PHONE_REQUIRED,
  customerChangeRequest,
  customerSearchQuery,
  newCustomerRequest,
  type CustomerDetail,
  type CustomerSearchResponse,
  type PhoneTakenBody,
} from '@atrevete/console-api';
import { Router, type Response } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import { customerNotesRouter } from './customers-notes.js';
import {
  chatwootConversationUrl,
  CUSTOMER_NOT_FOUND,
  customerIdParam,
  signedInStaff,
  toAppointmentView,
  toNoteView,
  toSummary,
} from './customers-views.js';

/** Enough to pick the right person from a list on a phone screen. */
const SEARCH_LIMIT = 20;

export function customersRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { q } = parseInput(customerSearchQuery, req.query);
    const found = await searchCustomers(deps.db, {
      query: q,
      now: deps.now(),
      limit: SEARCH_LIMIT,
    });
    const body: CustomerSearchResponse = { customers: found.map(toSummary) };
    res.json(body);
  });

  router.post('/', async (req, res) => {
    const { name, phone } = parseInput(newCustomerRequest, req.body);
    // The schema already refuses a missing phone; this narrows its type.
    if (phone === undefined)
      throw ApiError.invalid(API_ERRORS.invalid, {
        phone: CUSTOMER_PHONE_REQUIRED,
      });
    const created = await createStaffCustomer(deps.db, {
      name,
      phone,
      staffId: signedInStaff(req).id,
      now: deps.now(),
    });
    if (created.kind === 'phone_taken')
      return sendPhoneTaken(res, created.holder);
    res.status(201).json(toSummary(created.customer));
  });

  router.get('/:customerId', async (req, res) => {
    const customerId = customerIdParam(req.params['customerId']);
    const now = deps.now();
    const customer = await getCustomerListing(deps.db, customerId, now);
    if (!customer) throw ApiError.notFound(CUSTOMER_NOT_FOUND);
    const [appointments, notes, conversation] = await Promise.all([
      listCustomerAppointmentsForStaff(deps.db, customerId, now),
      listCustomerNotes(deps.db, customerId),
      customer.chatwootContactId === null
        ? undefined
        : latestConversationOfContact(deps.db, customer.chatwootContactId),
    ]);
    const body: CustomerDetail = {
      ...toSummary(customer),
      createdAt: customer.createdAt.toISOString(),
      upcoming: appointments.upcoming.map(toAppointmentView),
      past: appointments.past.map(toAppointmentView),
      notes: notes.map(toNoteView),
      chatwootConversationUrl: chatwootConversationUrl(
        deps.settings,
        conversation,
      ),
    };
    res.json(body);
  });

  router.patch('/:customerId', async (req, res) => {
    const customerId = customerIdParam(req.params['customerId']);
    const change = parseInput(customerChangeRequest, req.body);
    const changed = await changeCustomer(deps.db, {
      customerId,
      change,
      staffId: signedInStaff(req).id,
      now: deps.now(),
    });
    switch (changed.kind) {
      case 'not_found':
        throw ApiError.notFound(CUSTOMER_NOT_FOUND);
      case 'phone_taken':
        return sendPhoneTaken(res, changed.holder);
      case 'updated':
        res.json(toSummary(changed.customer));
    }
  });

  router.use('/:customerId/notes', customerNotesRouter(deps));
  return router;
}

function sendPhoneTaken(res: Response, holder: PhoneHolder): void {
  const body: PhoneTakenBody = {
    error: 'phone_taken',
    message: `Ya hay un cliente con ese teléfono: ${holder.name ?? 'sin nombre'}.`,
    customerId: holder.id,
  };
  res.status(409).json(body);
}
