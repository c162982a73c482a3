import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './citations';

// The import zones of eslint.config.js, shown to catch a violation: the repository's own config
// lints made-up files at the paths concerned. Type-aware rules are off here (the files do not
// exist for the compiler); the zones do not need types.

const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const x = y;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint zones', () => {
  it('refuses wxt/browser in a component', async () => {
    const errors = await zoneErrors('components/popup/Zone.tsx', "import { browser as y } from 'wxt/browser';");
    expect(errors).toEqual([expect.stringContaining('Components are views')]);
  });

  it('refuses the background in a component', async () => {
    const code = "import { createService as y } from '../../lib/background/service';";
    expect(await zoneErrors('components/review/Zone.tsx', code)).toEqual([expect.stringContaining('trusted')]);
  });

  it('refuses the background in content-script code', async () => {
    const dashboard = "import { liveChannel as y } from '../background/live-channel';";
    expect(await zoneErrors('lib/overlay-page/zone.ts', dashboard)).toHaveLength(1);
    const entry = "import { createService as y } from '../lib/background/service';";
    expect(await zoneErrors('entrypoints/dashboard.content.ts', entry)).toHaveLength(1);
  });

  it('refuses the background through the path aliases of .wxt/tsconfig.json', async () => {
    for (const alias of ['@', '~', '@@', '~~']) {
      const code = `import { createService as y } from '${alias}/lib/background/service';`;
      expect(await zoneErrors('components/review/Zone.tsx', code), alias).toEqual([expect.stringContaining('trusted')]);
      expect(await zoneErrors('lib/overlay-page/zone.ts', code), alias).toHaveLength(1);
    }
  });

  it('refuses the background in lib/overlay-advice (its types and views are bundled into the content script)', async () => {
    expect(
      await zoneErrors('lib/overlay-advice/zone.ts', "import { createService as y } from '../background/service';"),
    ).toHaveLength(1);
    expect(
      await zoneErrors('lib/overlay-advice/zone.ts', "import { createService as y } from '@/lib/background/service';"),
    ).toHaveLength(1);
  });

  it('lets each side import what it may', async () => {
    expect(await zoneErrors('components/popup/Zone.tsx', "import { t as y } from '../../lib/i18n';")).toEqual([]);
    expect(await zoneErrors('lib/overlay-page/zone.ts', "import { watchLive as y } from '../messages/live';")).toEqual(
      [],
    );
    expect(await zoneErrors('lib/ui/zone.ts', "import { browser as y } from 'wxt/browser';")).toEqual([]);
    const worker = "import { createService as y } from '../lib/background/service';";
    expect(await zoneErrors('entrypoints/background.ts', worker)).toEqual([]);
    expect(await zoneErrors('lib/overlay-advice/zone.ts', "import { t as y } from '@/lib/i18n';")).toEqual([]);
  });
});
