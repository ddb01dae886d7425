// Test entry point (@atrevete/booking/testing): the demo salon's data for other libs' tests.
export { demoServices, demoStylists } from './testing/demo-catalogue.js';
export {
  at,
  createTestSalon,
  SALON_TIME_ZONE,
  type TestSalon,
} from './testing/test-salon.js';
