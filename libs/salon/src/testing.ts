// Test entry point (@atrevete/salon/testing): the demo salon's services and stylists of shared/SALON.md.
export { demoServices, demoStylists } from './testing/demo-catalogue.js';
