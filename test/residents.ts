import { exampleRegister } from './support/indicators/example.register.js';

/**
 * The example register with its people's residences: a village head must live
 * in the village. Most live where they take part; N2 lives in VB (and takes
 * part in VA's cell), so that the elections tests can make N2 VB's head.
 */
export function residentExampleRegister() {
  const r = exampleRegister();
  const home: Record<string, string> = {
    N1: 'VA',
    N2: 'VB',
    N3: 'VA',
    N4: 'VA',
    N5: 'VB',
    N7: 'VB',
    N9: 'VD',
    N10: 'VD',
    N11: 'VD',
  };
  for (const p of r.people) p.residenceVillageCode = home[p.personCode] ?? null;
  return r;
}
