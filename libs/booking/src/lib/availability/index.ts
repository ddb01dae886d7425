// The availability engine's public face: pure functions over a loaded Schedule.
export { checkSlot, type SlotToCheck } from './check-slot.js';
export { InvalidAvailabilityInputError } from './errors.js';
export { findAvailability } from './find-availability.js';
