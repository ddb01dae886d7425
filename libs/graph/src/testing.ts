// Test entry point (@atrevete/graph/testing): the demo salon as an in-memory SalonDirectory, for tests and benchmarks.
export { demoSalon, serviceId, type DemoSalon } from './testing/demo-salon.js';
