// The owner's changes to the salon's settings, weekly hours and holidays, each with its audit row in the same transaction.
import { asc, eq, gte } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { holidays, openingHours, salonSettings } from '../schema/index.js';
import {
  refusedAsResult,
  type ConstraintRefusal,
} from './constraint-refusal.js';
import type { Holiday, OpeningHours, SalonSettings } from './salon.js';
import { insertAuditEntry } from './staff.js';

/** The settings the owner edits (name and address to reminder offsets; not the time zone). */
export type SalonSettingsChange = Pick<
  SalonSettings,
  | 'name'
  | 'address'
  | 'phone'
  | 'personaName'
  | 'minNoticeMinutes'
  | 'maxDaysAhead'
  | 'maxFutureAppointments'
  | 'cancellationWindowHours'
  | 'confirmationOffsetMinutes'
  | 'reminderOffsetMinutes'
  | 'unconfirmedAlertMinutes'
  | 'confirmationTemplate'
  | 'reminderTemplate'
  | 'templateLanguage'
>;

function settingsSnapshot(settings: SalonSettings): SalonSettingsChange {
  return {
    name: settings.name,
    address: settings.address,
    phone: settings.phone,
    personaName: settings.personaName,
    minNoticeMinutes: settings.minNoticeMinutes,
    maxDaysAhead: settings.maxDaysAhead,
    maxFutureAppointments: settings.maxFutureAppointments,
    cancellationWindowHours: settings.cancellationWindowHours,
    confirmationOffsetMinutes: settings.confirmationOffsetMinutes,
    reminderOffsetMinutes: settings.reminderOffsetMinutes,
    unconfirmedAlertMinutes: settings.unconfirmedAlertMinutes,
    confirmationTemplate: settings.confirmationTemplate,
    reminderTemplate: settings.reminderTemplate,
    templateLanguage: settings.templateLanguage,
  };
}

export type SalonWriteResult<T> =
  | { kind: 'saved'; value: T }
  | { kind: 'refused'; refusal: ConstraintRefusal };

/** The settings row, locked: changes to settings and hours run one at a time. */
async function lockedSettings(tx: DbExecutor): Promise<SalonSettings> {
  const [settings] = await tx
    .select()
    .from(salonSettings)
    .where(eq(salonSettings.id, 1))
    .for('update');
  if (!settings)
    throw new Error('salon_settings has no row: the salon was never set up');
  return settings;
}

export function updateSalonSettings(
  db: DbExecutor,
  params: { change: SalonSettingsChange; staffId: number },
): Promise<SalonWriteResult<SalonSettings>> {
  return refusedAsResult(() =>
    db.transaction(async (tx) => {
      const before = await lockedSettings(tx);
      const [after] = await tx
        .update(salonSettings)
        .set(params.change)
        .where(eq(salonSettings.id, 1))
        .returning();
      const [was, is] = [settingsSnapshot(before), settingsSnapshot(after)];
      if (JSON.stringify(was) !== JSON.stringify(is))
        await insertAuditEntry(tx, {
          staffId: params.staffId,
          action: 'settings.update',
          entity: 'settings',
          entityId: null,
          before: was,
          after: is,
        });
      return { kind: 'saved' as const, value: after };
    }),
  );
}

/** A weekday's hours in minutes from midnight; null: closed. */
export interface WeekdayHours {
  weekday: number;
  hours: {
    opensAt: number;
    closesAt: number;
    breakStart: number | null;
    breakEnd: number | null;
  } | null;
}

const hoursSnapshot = (rows: OpeningHours[]) =>
  rows.map(({ weekday, opensAt, closesAt, breakStart, breakEnd }) => ({
    weekday,
    opensAt,
    closesAt,
    breakStart,
    breakEnd,
  }));

/** Replaces the whole week at once (a weekday without hours is closed); the audit row holds both weeks. */
export function replaceOpeningHours(
  db: DbExecutor,
  params: { week: WeekdayHours[]; staffId: number },
): Promise<SalonWriteResult<OpeningHours[]>> {
  return refusedAsResult(() =>
    db.transaction(async (tx) => {
      await lockedSettings(tx);
      const before = await tx
        .select()
        .from(openingHours)
        .orderBy(asc(openingHours.weekday));
      await tx.delete(openingHours);
      const open = params.week.flatMap(({ weekday, hours }) =>
        hours ? [{ weekday, ...hours }] : [],
      );
      if (open.length > 0) await tx.insert(openingHours).values(open);
      const after = await tx
        .select()
        .from(openingHours)
        .orderBy(asc(openingHours.weekday));
      const [was, is] = [hoursSnapshot(before), hoursSnapshot(after)];
      if (JSON.stringify(was) !== JSON.stringify(is))
        await insertAuditEntry(tx, {
          staffId: params.staffId,
          action: 'hours.update',
          entity: 'hours',
          entityId: null,
          before: was,
          after: is,
        });
      return { kind: 'saved' as const, value: after };
    }),
  );
}

/** Holidays from a local date on ('YYYY-MM-DD'), in date order. */
export function listHolidaysFrom(
  db: DbExecutor,
  fromDate: string,
): Promise<Holiday[]> {
  return db
    .select()
    .from(holidays)
    .where(gte(holidays.date, fromDate))
    .orderBy(asc(holidays.date));
}

export type AddHolidayResult =
  | { kind: 'added'; holiday: Holiday }
  | { kind: 'exists' };

export function addHoliday(
  db: DbExecutor,
  params: { holiday: Holiday; staffId: number },
): Promise<AddHolidayResult> {
  return db.transaction(async (tx): Promise<AddHolidayResult> => {
    const [added] = await tx
      .insert(holidays)
      .values(params.holiday)
      .onConflictDoNothing({ target: holidays.date })
      .returning();
    if (!added) return { kind: 'exists' };
    await insertAuditEntry(tx, {
      staffId: params.staffId,
      action: 'holiday.create',
      entity: 'holiday',
      entityId: added.date,
      before: null,
      after: { date: added.date, name: added.name },
    });
    return { kind: 'added', holiday: added };
  });
}

export function removeHoliday(
  db: DbExecutor,
  params: { date: string; staffId: number },
): Promise<{ kind: 'removed' } | { kind: 'not_found' }> {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(holidays)
      .where(eq(holidays.date, params.date))
      .returning();
    if (!removed) return { kind: 'not_found' as const };
    await insertAuditEntry(tx, {
      staffId: params.staffId,
      action: 'holiday.remove',
      entity: 'holiday',
      entityId: removed.date,
      before: { date: removed.date, name: removed.name },
      after: null,
    });
    return { kind: 'removed' as const };
  });
}
