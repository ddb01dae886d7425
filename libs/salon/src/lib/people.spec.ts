import { firstNameOf } from './people.js';

describe('firstNameOf', () => {
  it.each([
    ['Lucía Gómez', 'Lucía'],
    ['  María José  Ruiz ', 'María'],
    ['Paco', 'Paco'],
    ['   ', null],
    [null, null],
  ])('%j → %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
