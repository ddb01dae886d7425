export * from './lib/connection.js';
export * from './lib/queues.js';
