// The one error availability throws: a schedule or query no caller should build (a programming error, not a busy salon).

export class InvalidAvailabilityInputError extends Error {
  override readonly name = 'InvalidAvailabilityInputError';
}
