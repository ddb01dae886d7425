export * from './lib/config.js';
