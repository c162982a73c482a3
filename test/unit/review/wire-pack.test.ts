import { beforeAll, describe, expect, it } from 'vitest';
import { pack, unpack } from '../../../lib/review/wire-pack';
import { scanDemo, type Demo } from '../overlay-advice/demo';

// The whole review crosses from the worker to the review page packed (issue #19: the table's
// first render with 5,000 findings). Unpacked, it is the very review sent, to the last phrase;
// packed, it weighs much less than its JSON.

let demo: Demo;
beforeAll(async () => void (demo = await scanDemo()));

const roundTrip = (v: unknown) => unpack(JSON.parse(JSON.stringify(pack(v))));

describe('the review packed for the review page', () => {
  it('unpacks to the review sent, every finding and phrase in its order', () => {
    const sent = JSON.parse(JSON.stringify(demo.review));
    expect(roundTrip(demo.review)).toEqual(sent);
    expect(JSON.stringify(roundTrip(demo.review))).toBe(JSON.stringify(demo.review));
  });

  it('keeps every kind of value apart: numbers, strings that read as numbers, empty, null, nested', () => {
    const value = {
      n: 0,
      m: -1.5,
      s: '0',
      t: '',
      u: null,
      b: [true, false, [], {}, [[1]], { '': 'x', 'a b': '<img src=x>' }],
      big: 1e308,
      same: ['dup', 'dup', { dup: 'dup' }, { dup: 2 }],
    };
    expect(roundTrip(value)).toEqual(value);
  });

  it('leaves out what JSON leaves out: undefined keys, and undefined in an array as null', () => {
    expect(roundTrip({ a: undefined, b: 1, c: [undefined, 2] })).toEqual({ b: 1, c: [null, 2] });
  });

  it('weighs less than half the JSON of a long review', () => {
    const findings = Array.from({ length: 20 }, (_, i) =>
      demo.review.findings.map((f) => ({ ...f, id: `${f.id}-${i}` })),
    ).flat();
    const long = { ...demo.review, findings };
    expect(JSON.stringify(pack(long)).length).toBeLessThan(JSON.stringify(long).length / 2);
  });
});
