export * from './lib/config.js';
export * from './lib/clock.js';
