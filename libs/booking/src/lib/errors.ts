// Named errors for what should never happen; expected outcomes are typed results (types.ts).

/** A customer id that is not in the database: the caller did not get it from findOrCreateCustomer. */
export class CustomerNotFoundError extends Error {
  constructor(readonly customerId: number) {
    super(`customer ${customerId} does not exist`);
    this.name = 'CustomerNotFoundError';
  }
}

/** findOrCreateCustomer was given neither a Chatwoot contact id nor a verified phone number. */
export class CustomerIdentityMissingError extends Error {
  constructor() {
    super('a customer needs a Chatwoot contact id or a verified phone number');
    this.name = 'CustomerIdentityMissingError';
  }
}

/** An idempotency key already created an appointment for another customer. */
export class IdempotencyKeyConflictError extends Error {
  constructor(readonly idempotencyKey: string) {
    super(
      `idempotency key '${idempotencyKey}' already booked another customer's appointment`,
    );
    this.name = 'IdempotencyKeyConflictError';
  }
}

/** A write kept failing on concurrent changes more times than any real contention explains. */
export class ContentionError extends Error {
  constructor(operation: string, attempts: number) {
    super(`${operation} did not settle after ${attempts} attempts`);
    this.name = 'ContentionError';
  }
}

export { InvalidLocalTimeError } from '@atrevete/salon';
