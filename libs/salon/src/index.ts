// Public API of @atrevete/salon: the salon's services and stylists, their Spanish names and its wall clock — no storage,
// so that understanding a message needs nothing but this.
export * from './lib/salon-types.js';
export * from './lib/catalogue/index.js';
export {
  addDays,
  instantAt,
  isoWeekdayOf,
  localDateOf,
  localDaysRange,
  localMinuteOf,
} from './lib/zoned-time.js';
export { firstNameOf } from './lib/people.js';
