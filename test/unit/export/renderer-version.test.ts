import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../lib/export/canonical';
import { reviewToCsv } from '../../../lib/export/csv';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { RENDERER_VERSION } from '../../../lib/export/renderer';
import { parsePolicy } from '../../../lib/policy';
import { diffAccess } from '../../../lib/review/diff';
import { ReviewRecord } from '../../../lib/review/record';

// A pack frozen by this version is checked on import by rendering it again (lib/transfer/frozen-check.ts),
// so the version number must change whenever the words or layout of the Markdown or CSV do: else
// another browser would refuse honest packs of this very number. This pins what version
// RENDERER_VERSION renders for a fixed review in both languages. If it fails after a deliberate
// change of the packs: bump RENDERER_VERSION in lib/export/renderer.ts and add its digest here.
// The record holds a decided finding, a fallback keep and an applied change, so that the words of
// each section are pinned (version 2: the changes table's undo column and a fallback keep in words).

const RENDERED: Record<number, string> = {
  1: '43bfd392998406dea456cb5f774eb4367f60588267cddf41ddca81ebfc89f0db',
  2: '5353770ad89afc69906372fbba13fde6b52557e71771d4c43382aeb08dcf476d',
};

const record = (language: 'en' | 'fr') =>
  ReviewRecord.parse({
    id: 'review-fixed',
    completedAt: '2026-03-02T09:30:00.000Z',
    reviewer: { email: 'alice@acme.example', username: 'alice' },
    scannedAt: '2026-03-02T09:00:00.000Z',
    language,
    policy: parsePolicy({ trustedDomains: ['acme.example'] }),
    summary: { score: 72, open: { P1: 1, P2: 0, P3: 1, P4: 0 }, accepted: 1 },
    findings: [
      {
        id: 'missing-2fa:app-1:u-bob',
        rule: 'missing-2fa',
        priority: 'P1',
        state: 'open',
        title: 'Full access without 2FA',
        evidence: ['Bob has no 2FA', 'Role: Collaborator'],
        confidence: 'high',
        action: 'ask for 2FA',
        app: 'shop-prod',
        region: 'osc-fr1',
        person: 'bob@acme.example',
        personName: 'bob',
        link: 'https://dashboard.scalingo.com/apps/osc-fr1/shop-prod/collaborators',
      },
      {
        id: 'outside-domain:app-1:u-eve',
        rule: 'outside-domain',
        priority: 'P3',
        state: 'accepted',
        title: 'Full access from outside the team',
        evidence: ['eve@contractor.example'],
        confidence: 'medium',
        action: 'downgrade',
        app: 'shop-prod',
        region: 'osc-fr1',
        person: 'eve@contractor.example',
        link: 'https://dashboard.scalingo.com/apps/osc-fr1/shop-prod/collaborators',
      },
    ],
    decisions: [
      {
        findingId: 'missing-2fa:app-1:u-bob',
        kind: 'keep',
        justification: 'contracted until March',
        until: null,
        decidedAt: '2026-03-02T09:20:00.000Z',
      },
      {
        findingId: 'outside-domain:app-1:u-eve',
        kind: 'keep',
        justification: '',
        until: null,
        decidedAt: '2026-03-02T09:29:00.000Z',
        fallback: true,
      },
    ],
    changes: [
      {
        recordId: 'change-1',
        item: {
          id: 'item-1',
          findingId: 'unused-full:app-1:u-carl',
          kind: 'downgrade',
          app: { id: 'app-1', name: 'shop-prod', region: 'osc-fr1' },
          api: 'https://api.osc-fr1.scalingo.com',
          collaboratorId: 'c-carl',
          email: 'carl@acme.example',
          from: 'collaborator',
          to: 'limited',
          call: {
            method: 'PATCH',
            path: '/v1/apps/app-1/collaborators/c-carl',
            body: { collaborator: { is_limited: true } },
          },
        },
        status: 'done',
        reason: null,
        at: '2026-03-02T09:25:00.000Z',
        by: 'alice@acme.example',
        before: { role: 'collaborator', status: 'accepted' },
        undo: {
          id: 'item-1-undo',
          findingId: null,
          kind: 'restore-full',
          app: { id: 'app-1', name: 'shop-prod', region: 'osc-fr1' },
          api: 'https://api.osc-fr1.scalingo.com',
          collaboratorId: 'c-carl',
          email: 'carl@acme.example',
          from: 'limited',
          to: 'collaborator',
          call: {
            method: 'PATCH',
            path: '/v1/apps/app-1/collaborators/c-carl',
            body: { collaborator: { is_limited: false } },
          },
        },
      },
    ],
    access: [
      {
        app: 'shop-prod',
        region: 'osc-fr1',
        email: 'alice@acme.example',
        role: 'owner',
        status: 'accepted',
        tfa: true,
      },
      {
        app: 'shop-prod',
        region: 'osc-fr1',
        email: 'bob@acme.example',
        role: 'collaborator',
        status: 'accepted',
        tfa: false,
      },
    ],
  });

describe('the renderer’s version names its words', () => {
  it(`RENDERER_VERSION ${RENDERER_VERSION} renders the packs it rendered when it was set`, async () => {
    const packs: string[] = [];
    for (const language of ['en', 'fr'] as const) {
      const r = record(language);
      const before = { ...r, access: r.access.slice(0, 1) };
      packs.push(reviewToMarkdown(r, undefined, 'f'.repeat(64)));
      packs.push(reviewToMarkdown(r, diffAccess(before.access, r.access), 'f'.repeat(64)));
      packs.push(reviewToCsv(r, 'f'.repeat(64)));
    }
    const digest = await sha256Hex(packs.join('\n\u0000\n'));
    expect(digest, digest).toBe(RENDERED[RENDERER_VERSION]);
  });
});
