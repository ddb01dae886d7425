// Sets up the demo salon in an empty database, once; afterwards the data is the owner's.
import type { DbExecutor } from '../connection.js';
import {
  holidays,
  openingHours,
  salonAnswers,
  salonSettings,
  services,
  stylists,
} from '../schema/index.js';
import {
  DEMO_ANSWERS,
  DEMO_OPENING_HOURS,
  DEMO_SERVICES,
  DEMO_SETTINGS,
  DEMO_STYLISTS,
  demoHolidays,
} from './demo-salon-data.js';

export interface SeedOptions {
  /** Decides which years' holidays are seeded (this one and the next); default: now. */
  now?: Date;
}

export interface SeedResult {
  /** false when the salon already existed and nothing was written. */
  seeded: boolean;
}

/**
 * Seeds the demo salon of SALON.md if the salon has never been set up (no salon_settings
 * row). Once it exists, re-seeding writes nothing: an owner's edits (a new price) and
 * deletions (a holiday they removed, a weekday they closed) survive every re-seed and
 * restart. Every insert is also ON CONFLICT DO NOTHING on its natural key, and the whole
 * seed is one transaction, so concurrent or partial runs never duplicate or fail.
 */
export async function seedDemoSalon(
  db: DbExecutor,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const year = yearIn(DEMO_SETTINGS.timeZone ?? 'Europe/Madrid', options.now);
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(salonSettings)
      .values(DEMO_SETTINGS)
      .onConflictDoNothing({ target: salonSettings.id })
      .returning({ id: salonSettings.id });
    if (created.length === 0) {
      return { seeded: false };
    }
    await tx
      .insert(openingHours)
      .values(DEMO_OPENING_HOURS)
      .onConflictDoNothing({ target: openingHours.weekday });
    await tx
      .insert(stylists)
      .values(DEMO_STYLISTS)
      .onConflictDoNothing({ target: stylists.name });
    await tx
      .insert(services)
      .values(DEMO_SERVICES)
      .onConflictDoNothing({ target: services.name });
    await tx
      .insert(holidays)
      .values(demoHolidays([year, year + 1]))
      .onConflictDoNothing({ target: holidays.date });
    await tx
      .insert(salonAnswers)
      .values(DEMO_ANSWERS)
      .onConflictDoNothing({ target: salonAnswers.topic });
    return { seeded: true };
  });
}

function yearIn(timeZone: string, now = new Date()): number {
  const year = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
  }).format(now);
  return Number(year);
}
