// Named errors of the Redis checkpoint saver, so callers can tell bad input from damaged storage.

/** The saver was constructed with options it cannot work with (a key prefix with braces, a non-positive TTL). */
export class InvalidSaverOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSaverOptionsError';
  }
}

/** A RunnableConfig lacks what the operation needs (thread_id, checkpoint_id) or carries it in the wrong type. */
export class InvalidCheckpointConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCheckpointConfigError';
  }
}

/** A value read back from Redis does not have the layout this saver writes. */
export class CorruptCheckpointRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptCheckpointRecordError';
  }
}

/** Redis did not apply a write transaction (EXEC was aborted or one of its commands failed). */
export class CheckpointWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CheckpointWriteError';
  }
}
