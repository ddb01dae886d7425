// Prices as the owner types them ("25,50", "25", "1.234,5 €") and back: integer cents, never a float sum.

/** "25,50" → 2550; null when it is not an amount of euros with at most two decimals. */
export function centsOfEuros(text: string): number | null {
  let value = text.replace(/[\s\u00a0€]/g, '');
  // "1.234,50": dots group thousands when a comma marks the decimals.
  if (value.includes(',')) value = value.replace(/\.(?=\d{3}(?:\D|$))/g, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 2550 → "25,50", as the price field shows it for editing. */
export function eurosOfCents(cents: number): string {
  const euros = Math.floor(cents / 100);
  return `${euros},${String(cents % 100).padStart(2, '0')}`;
}
