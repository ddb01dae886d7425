// Test entry point (@atrevete/booking/testing): the demo salon's data for other libs' tests, and the in-memory demo
// schedule with its naive availability oracle for the availability benchmark.
export { demoServices, demoStylists } from '@atrevete/salon/testing';
export {
  demoSchedule,
  HAIR,
  madrid,
  minutes,
  stylist,
} from './testing/demo-schedule.js';
export { referenceBest } from './testing/reference-availability.js';
export {
  at,
  createTestSalon,
  SALON_TIME_ZONE,
  type TestSalon,
} from './testing/test-salon.js';
