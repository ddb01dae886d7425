// The audit log in words: what each action was, what it was about, and each changed field as a person writes it (names, euros, times).
import type { AuditNameIds, AuditNames, AuditRow } from '@atrevete/db';
import {
  STAFF_ROLE_NAMES,
  WEEKDAY_NAMES,
  type AuditChange,
  type AuditEntryView,
  type StaffRole,
} from '@atrevete/console-api';
import { timeOfMinutes } from './settings.js';

const ACTION_TEXT: Record<string, string> = {
  'service.create': 'Creó un servicio',
  'service.update': 'Cambió un servicio',
  'stylist.create': 'Añadió un estilista',
  'stylist.update': 'Cambió un estilista',
  'settings.update': 'Cambió los ajustes del salón',
  'hours.update': 'Cambió el horario',
  'holiday.create': 'Añadió un festivo',
  'holiday.remove': 'Quitó un festivo',
  'calendar_feed.rotate': 'Cambió el enlace de un calendario',
  'appointment.confirm': 'Confirmó una cita',
  'salon_answer.create': 'Añadió una pregunta frecuente',
  'salon_answer.update': 'Cambió una pregunta frecuente',
  'salon_answer.delete': 'Borró una pregunta frecuente',
  'staff.create': 'Creó una cuenta',
  'staff.update': 'Cambió una cuenta',
  'staff.reset_password': 'Restableció una contraseña',
  'appointment.book': 'Reservó una cita',
  'appointment.move': 'Movió una cita',
  'appointment.cancel': 'Canceló una cita',
  'appointment.outcome': 'Anotó cómo fue una cita',
  'block.create': 'Bloqueó tiempo',
  'block.remove': 'Quitó un bloqueo',
  'customer.create': 'Añadió un cliente',
  'customer.update': 'Cambió un cliente',
};

const STATUS_TEXT: Record<string, string> = {
  pending: 'Pendiente',
  confirmed: 'Confirmada',
  cancelled: 'Cancelada',
  completed: 'Completada',
  no_show: 'No vino',
};

type Snapshot = Record<string, unknown>;
type Field = { label: string; text(value: unknown): string | null };

/** Reads a row's JSON as an object of fields (an array or a scalar is not one). */
function fieldsOf(value: unknown): Snapshot | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Snapshot)
    : null;
}

const numbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'number') : [];

/** Every stylist, service and customer id the rows name, to look their names up at once. */
export function idsNamedIn(rows: AuditRow[]): AuditNameIds {
  const ids: AuditNameIds = { stylistIds: [], serviceIds: [], customerIds: [] };
  for (const row of rows)
    for (const side of [row.before, row.after]) {
      const fields = fieldsOf(side);
      if (!fields) continue;
      if (typeof fields['stylistId'] === 'number')
        ids.stylistIds.push(fields['stylistId']);
      ids.stylistIds.push(...numbers(fields['stylistIds']));
      ids.serviceIds.push(...numbers(fields['serviceIds']));
      if (typeof fields['customerId'] === 'number')
        ids.customerIds.push(fields['customerId']);
    }
  return ids;
}

/** Turns audit rows into what the owner reads, in the salon's time zone. */
export function auditDescriber(names: AuditNames, timeZone: string) {
  const dateTime = new Intl.DateTimeFormat('es-ES', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  const calendar = new Intl.DateTimeFormat('es-ES', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const day = (value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? calendar.format(new Date(`${value}T00:00:00Z`))
      : plain(value);
  const euros = new Intl.NumberFormat('es-ES', {
    style: 'currency',
    currency: 'EUR',
  });
  const plain = (value: unknown): string | null => {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'boolean') return value ? 'Sí' : 'No';
    if (Array.isArray(value))
      return value.length ? value.map((v) => plain(v)).join(', ') : '—';
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  const unit = (suffix: string) => (value: unknown) =>
    typeof value === 'number' ? `${value} ${suffix}` : plain(value);
  const instant = (value: unknown) =>
    typeof value === 'string' ? dateTime.format(new Date(value)) : plain(value);
  const named =
    (map: Map<number, string | null>) =>
    (value: unknown): string | null =>
      typeof value === 'number'
        ? (map.get(value) ?? `n.º ${value}`)
        : plain(value);

  const FIELDS: Record<string, Field> = {
    name: { label: 'Nombre', text: plain },
    category: { label: 'Categoría', text: plain },
    durationMinutes: { label: 'Duración', text: unit('min') },
    priceCents: {
      label: 'Precio',
      text: (v) => (typeof v === 'number' ? euros.format(v / 100) : plain(v)),
    },
    aliases: { label: 'Otros nombres', text: plain },
    active: { label: 'Activo', text: plain },
    stylistIds: {
      label: 'Estilistas',
      text: (v) =>
        v === null
          ? 'Todos los de su categoría'
          : plain(numbers(v).map(named(names.stylists))),
    },
    address: { label: 'Dirección', text: plain },
    phone: { label: 'Teléfono', text: plain },
    personaName: { label: 'Nombre del asistente', text: plain },
    minNoticeMinutes: { label: 'Antelación mínima', text: unit('min') },
    maxDaysAhead: { label: 'Reservas hasta', text: unit('días') },
    maxFutureAppointments: { label: 'Citas por cliente', text: plain },
    cancellationWindowHours: { label: 'Plazo para cancelar', text: unit('h') },
    confirmationOffsetMinutes: {
      label: 'Petición de confirmación',
      text: unit('min antes'),
    },
    reminderOffsetMinutes: { label: 'Recordatorio', text: unit('min antes') },
    unconfirmedAlertMinutes: {
      label: 'Aviso de cita sin confirmar',
      text: unit('min antes'),
    },
    confirmationTemplate: { label: 'Plantilla de confirmación', text: plain },
    reminderTemplate: { label: 'Plantilla de recordatorio', text: plain },
    templateLanguage: { label: 'Idioma de las plantillas', text: plain },
    date: { label: 'Fecha', text: day },
    topic: { label: 'Tema', text: plain },
    phrasings: { label: 'Cómo lo preguntan', text: plain },
    answer: { label: 'Respuesta', text: plain },
    email: { label: 'Correo', text: plain },
    role: {
      label: 'Rol',
      text: (v) => STAFF_ROLE_NAMES[v as StaffRole] ?? plain(v),
    },
    customerId: { label: 'Cliente', text: named(names.customers) },
    stylistId: { label: 'Estilista', text: named(names.stylists) },
    serviceIds: {
      label: 'Servicios',
      text: (v) => plain(numbers(v).map(named(names.services))),
    },
    start: { label: 'Empieza', text: instant },
    end: { label: 'Acaba', text: instant },
    status: {
      label: 'Estado',
      text: (v) => STATUS_TEXT[String(v)] ?? plain(v),
    },
    cancellationReason: { label: 'Motivo de cancelación', text: plain },
    reason: { label: 'Motivo', text: plain },
    kind: {
      label: 'Tipo',
      text: (v) =>
        v === 'weekly' ? 'Cada semana' : v === 'once' ? 'Una vez' : plain(v),
    },
    weekday: {
      label: 'Día',
      text: (v) => (typeof v === 'number' ? WEEKDAY_NAMES[v - 1] : plain(v)),
    },
    source: { label: 'Origen', text: plain },
    startMinute: { label: 'Desde', text: minutes },
    endMinute: { label: 'Hasta', text: minutes },
  };

  const FIELD_ORDER = Object.keys(FIELDS);

  function fieldChanges(before: unknown, after: unknown): AuditChange[] {
    const was = fieldsOf(before) ?? {};
    const is = fieldsOf(after) ?? {};
    // jsonb keeps keys in its own order: show them in the order of FIELDS, unknown ones last.
    const rank = (key: string) => {
      const at = FIELD_ORDER.indexOf(key);
      return at === -1 ? FIELD_ORDER.length : at;
    };
    const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].sort(
      (a, b) => rank(a) - rank(b),
    );
    return keys
      .filter((key) => JSON.stringify(was[key]) !== JSON.stringify(is[key]))
      .map((key) => {
        const field = FIELDS[key] ?? { label: key, text: plain };
        return {
          field: key,
          label: field.label,
          before: key in was ? field.text(was[key]) : null,
          after: key in is ? field.text(is[key]) : null,
        };
      });
  }

  function subject(row: AuditRow): string {
    const fields = fieldsOf(row.after) ?? fieldsOf(row.before) ?? {};
    switch (row.entity) {
      case 'hours':
        return 'Horario de la semana';
      case 'settings':
        return 'Ajustes del salón';
      case 'holiday':
        return [day(fields['date']), plain(fields['name'])]
          .filter(Boolean)
          .join(' · ');
      case 'appointment': {
        const customer = named(names.customers)(fields['customerId']);
        return `Cita de ${customer ?? 'cliente sin nombre'} · ${instant(fields['start'])}`;
      }
      case 'blocking_event':
        return `Bloqueo de ${named(names.stylists)(fields['stylistId'])}`;
      default:
        return (
          plain(fields['name']) ??
          plain(fields['email']) ??
          plain(fields['topic']) ??
          row.entityId ??
          ''
        );
    }
  }

  return (row: AuditRow): AuditEntryView => ({
    id: row.id,
    at: row.at.toISOString(),
    staffName: row.staffName,
    action: row.action,
    actionText: ACTION_TEXT[row.action] ?? row.action,
    entity: row.entity,
    entityId: row.entityId,
    subject: subject(row),
    changes:
      row.entity === 'hours'
        ? weekChanges(row.before, row.after)
        : fieldChanges(row.before, row.after),
    before: row.before,
    after: row.after,
  });
}

function minutes(value: unknown): string | null {
  return typeof value === 'number' ? timeOfMinutes(value) : null;
}

/** One weekday of an hours snapshot in words: "10:00–20:00, descanso 14:00–15:00", or "Cerrado". */
function dayText(day: Snapshot | undefined): string {
  if (!day) return 'Cerrado';
  const span = (from: unknown, to: unknown) =>
    `${minutes(from)}–${minutes(to)}`;
  const open = span(day['opensAt'], day['closesAt']);
  return day['breakStart'] === null || day['breakStart'] === undefined
    ? open
    : `${open}, descanso ${span(day['breakStart'], day['breakEnd'])}`;
}

/** The weekdays whose hours differ between two week snapshots (arrays of open days). */
function weekChanges(before: unknown, after: unknown): AuditChange[] {
  const days = (week: unknown) =>
    new Map(
      (Array.isArray(week) ? week : [])
        .map(fieldsOf)
        .filter((day): day is Snapshot => day !== null)
        .map((day) => [day['weekday'], day] as const),
    );
  const [was, is] = [days(before), days(after)];
  return WEEKDAY_NAMES.flatMap((label, index) => {
    const [then, now] = [
      dayText(was.get(index + 1)),
      dayText(is.get(index + 1)),
    ];
    return then === now
      ? []
      : [{ field: `weekday${index + 1}`, label, before: then, after: now }];
  });
}
