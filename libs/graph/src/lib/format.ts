// Number, money, date, time and duration formats of the replies (Spanish conventions, 24-hour clock).
import { DateTime } from 'luxon';

// Built once: an Intl formatter costs far more to build than to use.
const wholeEuros = new Intl.NumberFormat('es-ES', { maximumFractionDigits: 0 });
const euroCents = new Intl.NumberFormat('es-ES', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 2500 → "25 €", 1250 → "12,50 €". */
export function formatPrice(cents: number): string {
  const format = cents % 100 === 0 ? wholeEuros : euroCents;
  return `${format.format(cents / 100)} €`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes from midnight → "09:00". */
export function formatTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** 45 → "45 min", 60 → "1 h", 90 → "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** '2026-11-28' → "sábado 28 de noviembre". */
export function formatLocalDay(localDate: string): string {
  return DateTime.fromISO(localDate, { locale: 'es' }).toFormat(
    "cccc d 'de' LLLL",
  );
}

/** An instant in the salon's zone → "viernes 28 de noviembre a las 17:15". */
export function formatWhen(instant: Date | string, timeZone: string): string {
  const local = DateTime.fromJSDate(new Date(instant), { zone: timeZone });
  const day = local.setLocale('es').toFormat("cccc d 'de' LLLL");
  return `${day} a las ${local.toFormat('HH:mm')}`;
}
