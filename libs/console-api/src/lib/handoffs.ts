// The conversations the bot handed to a person (GET /api/handoffs): when, why, who, and where to answer them in Chatwoot.
import { z } from 'zod';

/**
 * Why the bot handed over, as the graph and the worker record it (handoffs.reason), in the
 * words the staff read. A reason written by a newer bot than this console shows as `other`.
 */
export const HANDOFF_REASON_TEXT = {
  asked: 'La clienta pidió hablar con una persona',
  complaint: 'Queja de la clienta',
  misunderstood: 'El bot no entendió dos mensajes seguidos',
  rule: 'Quería cambiar o cancelar una cita fuera de plazo',
  unknown_question: 'Preguntó algo que el bot no sabe responder',
  turn_failed: 'El bot no pudo responder (error)',
} as const;
export type HandoffReasonCode = keyof typeof HANDOFF_REASON_TEXT;

export const HANDOFF_OTHER_REASON = 'Traspaso a una persona';

/** The Spanish text of a recorded reason code. */
export function handoffReasonText(code: string): string {
  return Object.hasOwn(HANDOFF_REASON_TEXT, code)
    ? HANDOFF_REASON_TEXT[code as HandoffReasonCode]
    : HANDOFF_OTHER_REASON;
}

export interface HandoffView {
  /** The turn that handed over (unique: a retried turn hands over once). */
  turnId: string;
  createdAt: string;
  reason: string;
  reasonText: string;
  /** The customer of the Chatwoot contact, when the salon knows them. */
  customer: { id: number; name: string | null; phone: string | null } | null;
  /** The conversation in Chatwoot; null when Chatwoot is not configured. */
  chatwootConversationUrl: string | null;
}

/** How many hand-offs a page of the list holds. */
export const HANDOFFS_PAGE_SIZE = 50;

/** GET /api/handoffs?before=<cursor>: newest first; `before` is a page's `nextCursor`. */
export const handoffListQuery = z.object({
  before: z
    .string()
    .trim()
    .max(200, 'La página pedida no es válida.')
    .optional(),
});

export interface HandoffListResponse {
  handoffs: HandoffView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}
