/**
 * The seed of every property and fuzz test. Fixed, so that `npm test` and CI
 * draw the same cases at every run; PROPERTY_SEED=n replays a run and
 * PROPERTY_SEED=random (as `npm run mutation` sets) draws a new one. A failing
 * property's message prints the seed and the path to replay it.
 */
import fc from 'fast-check';

const FIXED = 20250701;
const raw = process.env.PROPERTY_SEED ?? process.env.FUZZ_SEED;

function parse(value: string | undefined): number {
  if (value === undefined || value === '') return FIXED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 31);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`PROPERTY_SEED="${value}": an integer, or "random"`);
  return n;
}

export const propertySeed = parse(raw);

/** Every fc.assert and fc.check of the test process draws from the run's seed unless it names its own. */
export function configurePropertySeed(): void {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: propertySeed });
}
