// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../../renderer/app/router';

describe('hash routes from a pasted or hand-edited URL', () => {
  it('a malformed %-escape (#/assess/%, #/results/%E0%A4%A) lands on home instead of throwing out of render', () => {
    expect(parseRoute('#/assess/%')).toEqual({ name: 'home' });
    expect(parseRoute('#/results/%E0%A4%A')).toEqual({ name: 'home' });
    expect(parseRoute('#/%zz')).toEqual({ name: 'home' });
    // A bad escape in a later part only loses that part.
    expect(parseRoute('#/assess/r1/%')).toEqual({ name: 'assess', id: 'r1', step: 0 });
  });

  it('never throws, whatever the hash', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseRoute(`#/${s}`)));
    fc.assert(fc.property(fc.array(fc.constantFrom('assess', 'results', '%', '%E0', '..%2F', 'a', '/', '%2F')), (parts) => void parseRoute(`#/${parts.join('/')}`)));
  });
});
