import { describe, expect, it } from 'vitest';
import { tfaShown } from '../../../lib/overlay-page/read-page';

// 2FA as a row shows it: a negation is "off", never "on"; words of a neighbouring cell say nothing.

describe('tfaShown', () => {
  it.each([
    ['2FA not enabled', false],
    ['A2F non activée', false],
    ['2FA: No', false],
    ['2FA: no', false],
    ['Pas de 2FA', false],
    ['Sans A2F', false],
    ['2FA off', false],
    ['2FA disabled', false],
    ['A2F désactivée', false],
    ['2FA enabled', true],
    ['A2F activée', true],
    ['2FA: Yes', true],
    ['2FA on', true],
    ['Owner · active since 2024 · 2FA not enabled', false],
    ['Deploy disabled · 2FA enabled', true],
    ['2FA enabled · notifications off', true],
    ['Collaborator · active', null],
  ] as const)('%s → %s', (text, want) => {
    expect(tfaShown(text)).toBe(want);
  });
});
