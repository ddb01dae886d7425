// The price field: what the owner types becomes the exact cents the server stores.
import { centsOfEuros, eurosOfCents } from './money-input';

describe('prices typed in euros', () => {
  it.each([
    ['25,50', 2550],
    ['25,5', 2550],
    ['25', 2500],
    ['25.50', 2550],
    [' 42,50 € ', 4250],
    ['1.234,50', 123450],
    ['0', 0],
    ['0,05', 5],
  ])('reads %j as %i cents', (typed, cents) => {
    expect(centsOfEuros(typed)).toBe(cents);
  });

  it.each(['', 'gratis', '25,505', '-3', '25,50,1', '1e3'])(
    'refuses %j',
    (typed) => {
      expect(centsOfEuros(typed)).toBeNull();
    },
  );

  it('shows cents back as the field edits them', () => {
    expect(eurosOfCents(2550)).toBe('25,50');
    expect(eurosOfCents(4000)).toBe('40,00');
    expect(eurosOfCents(5)).toBe('0,05');
    expect(centsOfEuros(eurosOfCents(123456))).toBe(123456);
  });
});
