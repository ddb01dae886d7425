// What a salon is made of, for every lib that reads or writes it: its services, its stylists and its wall clock.

/** A calendar date in the salon's time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** Minutes from local midnight (600 = 10:00). */
export type Minute = number;

export interface StylistInfo {
  id: number;
  name: string;
  category: string;
  active: boolean;
}

/** A service of the catalogue (shared/SALON.md): what the conversation names, prices and books. */
export interface ServiceInfo {
  id: number;
  name: string;
  category: string;
  durationMinutes: number;
  priceCents: number;
  /** Other names customers use: "keratina", "corte de pelo". */
  aliases: string[];
}

/** A local date or time zone that cannot be read ('2026-02-30', 'Europe/Madird'). */
export class InvalidLocalTimeError extends Error {
  constructor(detail: string) {
    super(`invalid local date or time zone: ${detail}`);
    this.name = 'InvalidLocalTimeError';
  }
}
