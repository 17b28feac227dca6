// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash } from '../../../../renderer/app/router';

describe('offsite routes', () => {
  it('#/offsite is the agenda, #/offsite/run the facilitator view; anything else under it is the agenda', () => {
    expect(parseRoute('#/offsite')).toEqual({ name: 'offsite', view: 'agenda' });
    expect(parseRoute('#/offsite/run')).toEqual({ name: 'offsite', view: 'run' });
    expect(parseRoute('#/offsite/%3Cscript%3E')).toEqual({ name: 'offsite', view: 'agenda' });
  });

  it('round-trips', () => {
    for (const hash of ['#/offsite', '#/offsite/run']) expect(routeToHash(parseRoute(hash))).toBe(hash);
  });
});

describe('the re-score route', () => {
  it('#/new/rescore starts the day-30 re-score; any other #/new/… is a plain new round', () => {
    expect(parseRoute('#/new/rescore')).toEqual({ name: 'new', rescore: true });
    expect(parseRoute('#/new')).toEqual({ name: 'new' });
    expect(parseRoute('#/new/whatever')).toEqual({ name: 'new' });
    for (const hash of ['#/new', '#/new/rescore']) expect(routeToHash(parseRoute(hash))).toBe(hash);
  });
});
