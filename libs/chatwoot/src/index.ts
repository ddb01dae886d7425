export * from './lib/client.js';
export * from './lib/errors.js';
export * from './lib/signature.js';
