// The graph's view of the salon: read-only ports that the agent-worker implements over Postgres.
import type { ServiceInfo } from '@atrevete/booking';

export type { ServiceInfo };

export interface SalonSettings {
  name: string;
  address: string;
  /** IANA time zone of the salon, e.g. "Europe/Madrid"; opening hours are in this zone. */
  timeZone: string;
  personaName: string;
}

export interface OpeningHoursRow {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes from midnight, salon local time. */
  opensAt: number;
  closesAt: number;
  breakStart: number | null;
  breakEnd: number | null;
}

export interface SalonDirectory {
  settings(): Promise<SalonSettings>;
  /** Active services only. */
  services(): Promise<ServiceInfo[]>;
  /** A weekday without a row is closed. */
  openingHours(): Promise<OpeningHoursRow[]>;
}
