// Number, money, time and duration formats of the replies (Spanish conventions, 24-hour clock).

const euros = (fractionDigits: number) =>
  new Intl.NumberFormat('es-ES', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });

/** 2500 → "25 €", 1250 → "12,50 €". */
export function formatPrice(cents: number): string {
  return `${euros(cents % 100 === 0 ? 0 : 2).format(cents / 100)} €`;
}

/** Minutes from midnight → "09:00". */
export function formatTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** 45 → "45 min", 60 → "1 h", 90 → "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
