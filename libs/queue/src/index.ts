export * from './lib/connection.js';
export * from './lib/queues.js';
export * from './lib/scheduling.js';
export * from './lib/postpone.js';
export * from './lib/carried.js';
export * from './lib/conversation-lock.js';
export * from './lib/echoes.js';
