// The catalogue's public face: service search by name, alias or misspelling, and the text normalisation it rests on.
export { Catalogue } from './catalogue.js';
export { ServiceMatcher } from './service-matcher.js';
export { normalise } from './spanish-text.js';
