export * from './lib/logger.js';
export * from './lib/health.js';
export * from './lib/metrics.js';
export * from './lib/lifecycle.js';
export * from './lib/ops-endpoints.js';
