/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';

// A card shows badges beside the name (2FA, "Joined 3 months ago", "(you)"): the page-only name is
// the person's name alone, never "Max Pixel 2FA enabled", and a block whose first text is a badge
// gives no name rather than the badge. Small cards written here, no fixture column invented.

const D = 'https://dashboard.scalingo.com';
const page = dashboardPage(`${D}/apps/osc-fr1/shop/settings/collaborators`);

function nameIn(block: string): string | null {
  document.body.innerHTML = `<ul><li><div>${block}</div><span>Collaborator</span></li></ul>`;
  const rows = readPage(document.body, page);
  expect(rows).toHaveLength(1);
  return rows[0]!.name ?? null;
}

describe('a name beside badges', () => {
  it.each([
    ['a 2FA badge', '<strong>Max Pixel</strong> <span>2FA enabled</span><br>max@pixel.example', 'Max Pixel'],
    ['a joined date', '<strong>Léa</strong> <small>Joined 3 months ago</small><br>max@pixel.example', 'Léa'],
    ['"(you)"', '<strong>bob (you)</strong><br>max@pixel.example', 'bob'],
    ['"(vous)"', '<strong>bob (vous)</strong> <em>2FA activée</em><br>max@pixel.example', 'bob'],
    ['a name in brackets before the address', 'Max Pixel (<a>max@pixel.example</a>)', 'Max Pixel'],
  ])('is the name alone, without %s', (_why, block, name) => {
    expect(nameIn(block)).toBe(name);
  });

  it.each([
    ['a 2FA badge', '<span>2FA enabled</span><br>max@pixel.example'],
    ['a French 2FA badge', '<span>A2F désactivée</span><br>max@pixel.example'],
    ['a joined date', '<small>Joined 3 months ago</small><br>max@pixel.example'],
    ['a date', '<small>2026-11-02</small><br>max@pixel.example'],
    ['a French joined date', '<small>Rejoint il y a 2 jours</small><br>max@pixel.example'],
    ['"(you)" alone', '<small>(you)</small><br>max@pixel.example'],
    ['a pending badge', '<small>Pending</small><br>max@pixel.example'],
  ])('is none when the first text is %s', (_why, block) => {
    expect(nameIn(block)).toBeNull();
  });
});
