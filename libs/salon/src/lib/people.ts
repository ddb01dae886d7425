// How the salon addresses people: by their first name ("Lucía Gómez" → "Lucía").
/** The first word of a name as the customer gave it; null when there is none. */
export function firstNameOf(name: string | null | undefined): string | null {
  return name?.trim().split(/\s+/)[0] || null;
}
