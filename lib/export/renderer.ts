import { sha256Hex } from './canonical';

// Which words and layout rendered a completed review's packs. A completed review keeps its bytes
// forever (lib/export/freeze.ts), but a later version words its packs otherwise: another browser
// could not render an older pack again to check it. So each frozen review records the version of
// the renderer and the SHA-256 of each pack's bytes; a pack of this version is rendered again on
// import, one of another is checked against its digests (lib/transfer/frozen-check.ts).
//
// Bump RENDERER_VERSION whenever the Markdown or CSV a record renders changes by one byte (words,
// layout, escaping): test/unit/export/renderer-version.test.ts fails until it is.

export const RENDERER_VERSION = 2;

/** Packs frozen before the renderer's version was recorded: checked on their digests only. */
export const RENDERER_UNRECORDED = 0;

export interface Packs {
  md: string;
  csv: string;
  json: string;
}

/** The SHA-256 of each pack's bytes (UTF-8), as the history keeps them beside the packs. */
export async function packDigests(p: Packs): Promise<Packs> {
  const [md, csv, json] = await Promise.all([sha256Hex(p.md), sha256Hex(p.csv), sha256Hex(p.json)]);
  return { md, csv, json };
}
