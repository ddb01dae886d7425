// Test entry point (@atrevete/chatwoot/testing): a fake Chatwoot, and webhooks signed as Chatwoot signs them, for tests, benchmarks and `npm run chat`.
export {
  startFakeChatwoot,
  type FailureAfterCreating,
  type FakeChatwoot,
  type FakeChatwootOptions,
  type RecordedRequest,
} from './testing/fake-chatwoot.js';
export {
  echoBody,
  type CreatedMessage,
  type EchoDelivery,
  type EchoTarget,
} from './testing/echo.js';
export { signWebhook } from './testing/sign-webhook.js';
