// Test entry point (@atrevete/booking/testing): the demo salon's data for other libs' tests.
export { demoServices } from './testing/demo-catalogue.js';
