// The graph's SalonDirectory port over Postgres: every fact the bot states is read from the database.
import {
  type DbExecutor,
  getOpeningHours,
  getSalonSettings,
  listActiveServices,
} from '@atrevete/db';
import type { SalonDirectory } from '@atrevete/graph';

export function salonDirectoryOf(db: DbExecutor): SalonDirectory {
  return {
    async settings() {
      const s = await getSalonSettings(db);
      return {
        name: s.name,
        address: s.address,
        timeZone: s.timeZone,
        personaName: s.personaName,
      };
    },
    async services() {
      return (await listActiveServices(db)).map((s) => ({
        id: s.id,
        name: s.name,
        category: s.category,
        durationMinutes: s.durationMinutes,
        priceCents: s.priceCents,
        aliases: s.aliases,
      }));
    },
    async openingHours() {
      return (await getOpeningHours(db)).map((h) => ({
        weekday: h.weekday,
        opensAt: h.opensAt,
        closesAt: h.closesAt,
        breakStart: h.breakStart,
        breakEnd: h.breakEnd,
      }));
    },
  };
}
