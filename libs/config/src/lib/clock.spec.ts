import { clockOf } from './clock.js';

describe('clockOf', () => {
  it('is the real clock unless a start is pinned', () => {
    expect(clockOf({}, () => 1_000)().getTime()).toBe(1_000);
  });

  it('starts at CLOCK_START and runs on at the real pace', () => {
    let real = 5_000;
    const now = clockOf({ CLOCK_START: '2026-11-26T11:00:00Z' }, () => real);
    expect(now().toISOString()).toBe('2026-11-26T11:00:00.000Z');
    real += 1_500;
    expect(now().toISOString()).toBe('2026-11-26T11:00:01.500Z');
  });
});
