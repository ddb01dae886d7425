// The audit log as the owner reads it (GET /api/audit): who changed what and when, with the before and after in words.
import { z } from 'zod';

/** What an entry is about, as the filter offers it. */
export const AUDIT_ENTITY_NAMES = {
  appointment: 'Citas',
  blocking_event: 'Bloqueos',
  customer: 'Clientes',
  service: 'Servicios',
  stylist: 'Estilistas',
  hours: 'Horario',
  holiday: 'Festivos',
  settings: 'Ajustes del salón',
  salon_answer: 'Preguntas frecuentes',
  staff: 'Personal',
} as const;
export type AuditEntity = keyof typeof AUDIT_ENTITY_NAMES;

export const AUDIT_PAGE_SIZE = 50;

const INVALID_PAGE = 'La página pedida no es válida.';

/** GET /api/audit?before=<id>&entity=<entity>: newest first; `before` is a page's `nextBefore`. */
export const auditListQuery = z.object({
  before: z
    .string(INVALID_PAGE)
    .regex(/^\d{1,15}$/, INVALID_PAGE)
    .transform(Number)
    .optional(),
  entity: z
    .string()
    .trim()
    .max(40, 'Elige qué cambios ver.')
    .transform((entity) => entity || undefined)
    .optional(),
});

/** One field that changed, both sides already written for a person ("25,00 €", "Ana", "10:00–20:00"). */
export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface AuditEntryView {
  id: number;
  at: string;
  /** Null for a change made outside the console (a command-line tool, the first owner at start). */
  staffName: string | null;
  action: string;
  /** The action in words: "Cambió un servicio". */
  actionText: string;
  entity: string;
  entityId: string | null;
  /** What it is about, in words: the service's name, the customer of an appointment, a date. */
  subject: string;
  /** The fields that differ between before and after (all of them for a creation or a removal). */
  changes: AuditChange[];
  before: unknown;
  after: unknown;
}

export interface AuditListResponse {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}
