export * from './lib/connection.js';
export * from './lib/queues.js';
export * from './lib/scheduling.js';
export * from './lib/conversation-lock.js';
