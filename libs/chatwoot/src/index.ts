export * from './lib/client.js';
export * from './lib/fake-chatwoot.js';
export * from './lib/signature.js';
