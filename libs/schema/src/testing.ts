// Test entry point (@atrevete/schema/testing): realistic Chatwoot webhook bodies for tests, tools and the local demo.
export * from './testing/fixtures.js';
