// Test entry point (@atrevete/e2e/testing): the end-to-end harness (the built apps as processes, Redis prefix clean-up,
// signed deliveries, the golden salon) for the benchmarks and `npm run chat` under tools/.
export {
  appDist,
  freePort,
  spawnNode,
  startApp,
  terminate,
  waitForHealthy,
  WORKSPACE_ROOT,
  type AppProcess,
} from './support/processes.js';
export {
  deleteKeys,
  deliverSigned,
  type WebhookAnswer,
} from './support/pipeline.js';
export {
  Customer,
  GOLDEN_NOW,
  GoldenSalon,
  options,
} from './conversations/golden.js';
export type { DirectBooking } from './conversations/staff.js';
export {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  launchBrowser,
  type Browser,
} from './support/browser.js';
