// An app's clock: the real one, or in tests one that starts at CLOCK_START and runs on from there.

export function clockOf(
  config: { CLOCK_START?: string },
  real: () => number = Date.now,
): () => Date {
  if (!config.CLOCK_START) return () => new Date(real());
  const offset = Date.parse(config.CLOCK_START) - real();
  return () => new Date(real() + offset);
}
