import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue #19, item 6: the popup paints from the stored digest (lib/ui/stored-status.ts, checked by
// hand) and makes no schema, so it must not load zod: zod alone weighed more than the rest of its
// script, parsed before every first paint (bench `popup.firstPaintMs.2000`). A module it imports for
// a constant (the priorities: lib/engine/priority.ts, not finding.ts) pulled zod in with it.

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function popupInputs(): Promise<string[]> {
  const r = await build({
    entryPoints: [`${root}entrypoints/popup/main.tsx`],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    external: ['wxt/browser'],
    logLevel: 'silent',
  });
  return Object.keys(r.metafile.inputs);
}

describe("the popup's script", () => {
  it('loads no zod, and none of the modules that define schemas', async () => {
    const inputs = await popupInputs();
    expect(inputs.some((f) => f.includes('lib/i18n/'))).toBe(true); // the graph was read
    expect(inputs.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs.filter((f) => /lib\/(engine\/finding|zod-jitless)\.ts$/.test(f))).toEqual([]);
  });
});
