// Reads the salon's settings and calendar (opening hours, holidays).
import { asc, between } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { holidays, openingHours, salonSettings } from '../schema/index.js';

export type SalonSettings = typeof salonSettings.$inferSelect;
export type OpeningHours = typeof openingHours.$inferSelect;
export type Holiday = typeof holidays.$inferSelect;

/** The settings row is missing: the database was migrated but the salon never set up. */
export class SalonSettingsMissingError extends Error {
  constructor() {
    super(
      'salon_settings has no row: seed the salon (seedDemoSalon) or insert its settings',
    );
    this.name = 'SalonSettingsMissingError';
  }
}

export async function getSalonSettings(db: DbExecutor): Promise<SalonSettings> {
  const [settings] = await db.select().from(salonSettings).limit(1);
  if (!settings) {
    throw new SalonSettingsMissingError();
  }
  return settings;
}

/** The open weekdays, Monday first; a weekday that is not listed is closed. */
export async function getOpeningHours(db: DbExecutor): Promise<OpeningHours[]> {
  return db.select().from(openingHours).orderBy(asc(openingHours.weekday));
}

/** Holidays between two local dates ('YYYY-MM-DD'), both included, in date order. */
export async function listHolidays(
  db: DbExecutor,
  fromDate: string,
  toDate: string,
): Promise<Holiday[]> {
  return db
    .select()
    .from(holidays)
    .where(between(holidays.date, fromDate, toDate))
    .orderBy(asc(holidays.date));
}
