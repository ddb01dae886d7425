// Public API of @atrevete/checkpoint-redis: a LangGraph checkpoint saver for plain Redis 7.
export {
  DEFAULT_TTL_SECONDS,
  RedisCheckpointSaver,
  type RedisCheckpointSaverOptions,
} from './lib/redis-checkpoint-saver.js';
export {
  CheckpointWriteError,
  CorruptCheckpointRecordError,
  InvalidCheckpointConfigError,
  InvalidSaverOptionsError,
} from './lib/errors.js';
