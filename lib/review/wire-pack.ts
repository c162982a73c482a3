// The whole review as the worker sends it to the review page, packed: Chrome carries a message
// from the worker to a page at a cost that grows with its JSON, and 5,000 findings weigh ~3.8 MB,
// most of it the same keys and words again and again (rule ids, apps, people, phrase keys). Packed,
// every distinct string is sent once, every object's keys once per shape: the same value, about a
// quarter of the bytes (issue #19, bench review.tableReadyMs.5000). Plain JSON values only.
//
// A packed value: null, true and false as they are; a string as its index in `strings`; a number
// as [-1, n]; an array as [0, ...items]; an object as [shape + 1, ...values in its shape's key order].

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Packed = null | boolean | number | Packed[];

export interface WirePack {
  strings: string[];
  /** Each shape: an object's keys, in order. */
  shapes: string[][];
  value: Packed;
}

export function pack(value: unknown): WirePack {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const str = (s: string) => {
    let id = stringIds.get(s);
    if (id === undefined) stringIds.set(s, (id = strings.push(s) - 1));
    return id;
  };
  const enc = (v: unknown): Packed => {
    if (v === null || typeof v === 'boolean') return v;
    if (typeof v === 'string') return str(v);
    if (typeof v === 'number') return [-1, Number.isFinite(v) ? v : null];
    if (Array.isArray(v)) {
      const out: Packed[] = [0];
      for (const x of v) out.push(x === undefined ? null : enc(x));
      return out;
    }
    if (typeof v !== 'object') return null; // as JSON: a function or a symbol has no value
    // As JSON: keys with an undefined value are left out.
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    const name = JSON.stringify(keys);
    let shape = shapeIds.get(name);
    if (shape === undefined) shapeIds.set(name, (shape = shapes.push(keys) - 1));
    const out: Packed[] = [shape + 1];
    for (const k of keys) out.push(enc((v as Record<string, unknown>)[k]));
    return out;
  };
  const packed = enc(value);
  return { strings, shapes, value: packed };
}

export function unpack({ strings, shapes, value }: WirePack): Json {
  // Index loops, not spreads: 5,000 findings are some 200,000 values, read while the page waits.
  const dec = (p: Packed): Json => {
    if (p === null || typeof p === 'boolean') return p;
    if (typeof p === 'number') return strings[p] ?? null;
    const tag = p[0];
    if (tag === -1) return typeof p[1] === 'number' ? p[1] : null;
    if (tag === 0) {
      const items: Json[] = new Array<Json>(p.length - 1);
      for (let i = 1; i < p.length; i++) items[i - 1] = dec(p[i]!);
      return items;
    }
    const keys = shapes[(tag as number) - 1] ?? [];
    const out: { [key: string]: Json } = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = dec(p[i + 1] ?? null);
    return out;
  };
  return dec(value);
}
