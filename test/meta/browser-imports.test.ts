import { describe, expect, it } from 'vitest';
import { BROWSER_ALLOWED, browserImportViolations } from './browser-imports';
import { fakeRepo, realRepo } from './repo';

describe('wxt/browser only in the adapters', () => {
  it('is imported nowhere else', () => {
    expect(browserImportViolations(realRepo())).toEqual([]);
  });

  it('each allowed place says why', () => {
    for (const [prefix, why] of BROWSER_ALLOWED) expect(why.length, prefix).toBeGreaterThan(20);
  });

  it('an import anywhere else is named, with what to do', () => {
    const repo = fakeRepo({
      'lib/rules/escalation.ts': "import { browser } from 'wxt/browser';",
      'components/review/Plan.tsx': "const { browser } = await import('wxt/browser');",
      'lib/ui/ask.ts': "import { browser } from 'wxt/browser';",
      'lib/background/service.ts': "import { browser } from 'webextension-polyfill';",
      'test/unit/background/fake.ts': "import { browser } from 'wxt/browser';",
    });
    expect(browserImportViolations(repo).map((v) => v.split(':')[0])).toEqual([
      'lib/rules/escalation.ts imports wxt/browser',
      'components/review/Plan.tsx imports wxt/browser',
    ]);
    expect(browserImportViolations(repo)[0]).toMatch(/take what you need as a parameter/);
  });
});
