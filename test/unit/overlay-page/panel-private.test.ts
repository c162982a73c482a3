/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateApp } from '../../../lib/overlay-page/annotate';
import { BADGE_TAG } from '../../../lib/overlay-page/badge';
import { findRows } from '../../../lib/overlay-page/selectors';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture, personClicks } from './fixture';

// Issue #15's review, item 3: the overlay's shadow roots are open, so the dashboard's own scripts
// can read them (SECURITY.md says so). A chip's evidence (finding titles and evidence, accepted
// risks' dates) is in the page only while the person has its panel open: built on opening,
// taken out again on closing, whichever way it closes.

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});
const noop = () => undefined;

function brunoChip() {
  loadFixture('app-collaborators-shop-api-staging.html');
  annotateApp(document.body, overlayOfApp(demo.snapshot, demo.review, 'osc-fr1', 'shop-api-staging', demo.now)!, noop);
  const badge = findRows(document.body, ['bruno@acme.example']).get('bruno@acme.example')!.querySelector(BADGE_TAG)!;
  const shadow = badge.shadowRoot!;
  return { shadow, chip: shadow.querySelector<HTMLButtonElement>('.chip')! };
}
function titles(): string[] {
  return demo.review.findings.filter((f) => f.person?.email === 'bruno@acme.example').map((f) => f.id);
}

describe('a chip’s evidence in the page', () => {
  it('is absent until the person opens the panel', () => {
    const { shadow } = brunoChip();
    expect(titles().length).toBeGreaterThan(0);
    expect(shadow.querySelector('.panel')).toBeNull();
  });

  it('is taken out when the person closes it with the chip', () => {
    const { shadow, chip } = brunoChip();
    personClicks(chip);
    expect(shadow.querySelector('.panel h3')?.textContent).toMatch(/^P\d · /);
    personClicks(chip);
    expect(shadow.querySelector('.panel')).toBeNull();
    expect(chip.getAttribute('aria-expanded')).toBe('false');
  });

  it('is taken out when the person closes it with its Close button, and built again on reopening', () => {
    const { shadow, chip } = brunoChip();
    personClicks(chip);
    personClicks(shadow.querySelector<HTMLButtonElement>('.panel .close')!);
    expect(shadow.querySelector('.panel')).toBeNull();
    personClicks(chip);
    expect(shadow.querySelectorAll('.panel')).toHaveLength(1);
    expect(shadow.querySelector<HTMLElement>('.panel')!.hidden).toBe(false);
  });
});
