// How customers, their appointments and notes appear in the API's answers, the :customerId of a path, and links into Chatwoot.
import type {
  CustomerAppointmentRow,
  CustomerListing,
  CustomerNoteRow,
  StaffAccount,
} from '@atrevete/db';
import {
  API_ERRORS,
  type CustomerAppointment,
  type CustomerNote,
  type CustomerSummary,
} from '@atrevete/console-api';
import type { Request } from 'express';
import type { ConsoleSettings } from '../deps.js';
import { ApiError } from '../http/api-error.js';

export const CUSTOMER_NOT_FOUND = 'Ese cliente no existe.';

/** The :customerId of the path, or 404: a path that names no customer is not one. */
export function customerIdParam(value: string | string[] | undefined): number {
  const id =
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : 0;
  if (id <= 0) throw ApiError.notFound(CUSTOMER_NOT_FOUND);
  return id;
}

/** Who is signed in: these routes are mounted behind requireSession, so there always is someone. */
export function signedInStaff(req: Request): StaffAccount {
  const session = req.staffSession;
  if (!session)
    throw new ApiError(401, 'unauthenticated', API_ERRORS.unauthenticated);
  return session.staff;
}

/** The conversation's page in Chatwoot, or null when the console has no Chatwoot address. */
export function chatwootConversationUrl(
  settings: ConsoleSettings,
  conversation: { accountId: number; conversationId: number } | undefined,
): string | null {
  if (!settings.chatwoot || !conversation) return null;
  const base = settings.chatwoot.baseUrl.replace(/\/+$/, '');
  return `${base}/app/accounts/${conversation.accountId}/conversations/${conversation.conversationId}`;
}

export function toSummary(customer: CustomerListing): CustomerSummary {
  return {
    id: customer.id,
    name: customer.name,
    phone: customer.phone,
    noShows: customer.noShows,
    nextAppointmentAt: customer.nextAppointmentAt?.toISOString() ?? null,
  };
}

export function toAppointmentView(
  row: CustomerAppointmentRow,
): CustomerAppointment {
  return {
    ...row,
    startAt: row.startAt.toISOString(),
    endAt: row.endAt.toISOString(),
  };
}

export function toNoteView(note: CustomerNoteRow): CustomerNote {
  return {
    id: note.id,
    body: note.body,
    createdAt: note.createdAt.toISOString(),
    authorId: note.authorId,
    authorName: note.authorName,
  };
}
