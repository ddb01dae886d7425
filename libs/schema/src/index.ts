export * from './lib/chatwoot-webhook.js';
export * from './lib/inbound-message.js';
export * from './lib/channels.js';
export * from './lib/classify.js';
export * from './lib/jobs.js';
export * from './lib/effects.js';
