import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { inviteAdvice } from '../../../lib/overlay-advice/invite-advice';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { parsePolicy } from '../../../lib/policy';
import { scanDemo, type Demo } from './demo';

// What the overlay says about each person of the demo account, as the background builds it.

let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
});

const appView = (name: string) => overlayOfApp(demo.snapshot, demo.review, 'osc-fr1', name, demo.now)!;
const line = (name: string, email: string) => appView(name).people.find((p) => p.email === email)!;

describe('an app’s overlay', () => {
  beforeAll(() => setLanguage('en'));

  it('gives each person a chip: priority, role, 2FA, activity and the change to make', () => {
    expect(line('shop-api-staging', 'bruno@acme.example').chip).toMatch(
      /^P\d · Collaborator · 2FA · active .+ ago · → Limited$/,
    );
    expect(line('shop-api-staging', 'nina@acme.example').chip).toMatch(
      /^P\d · Collaborator · invitation pending · → Remove$/,
    );
    expect(line('marketing-site', 'paul@acme.example').chip).toMatch(/account deleted · → Remove$/);
    expect(line('marketing-site', 'gaelle@acme.example').chip).toMatch(/^P\d · Limited · no 2FA.* · → Ask for 2FA$/);
  });

  it('shows a person with nothing to change in green, without a priority', () => {
    const julien = line('shop-api-staging', 'julien@acme.example');
    expect(julien.chip).toMatch(/^Limited · 2FA/);
    expect(julien).toMatchObject({ tone: 'ok', findings: [] });
  });

  it('carries the evidence of each finding, and only findings about this app or the person', () => {
    const view = appView('shop-api-staging');
    const bruno = view.people.find((p) => p.email === 'bruno@acme.example')!;
    expect(bruno.findings[0]!.evidence.length).toBeGreaterThan(0);
    const appId = demo.snapshot.apps.find((a) => a.name === 'shop-api-staging')!.id;
    for (const f of view.people.flatMap((p) => p.findings))
      expect(f.id.includes(`:${appId}:`) || f.id.includes(':-:')).toBe(true);
  });

  it('sums the app up in a banner with the counts by priority', () => {
    const { banner } = appView('shop-api-staging');
    expect(banner.text).toMatch(/^shop-api-staging: \d+ open findings?, (\d+ × P\d(, )?)+ · scanned/);
    expect(banner.tone).toBe('danger');
  });

  it('speaks French when asked', () => {
    setLanguage('fr');
    expect(line('shop-api-staging', 'bruno@acme.example').chip).toMatch(/ · → Limité$/);
    setLanguage('en');
  });

  it('knows nothing of an app that is not in the scan', () => {
    expect(overlayOfApp(demo.snapshot, demo.review, 'osc-fr1', 'not-mine', demo.now)).toBeNull();
    expect(overlayOfApp(demo.snapshot, demo.review, 'osc-secnum-fr1', 'shop-api-staging', demo.now)).toBeNull();
  });
});

describe('the account-wide overlay', () => {
  it('has a line per person across apps and one per person and app', () => {
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now);
    const chloe = view.people.filter((p) => p.email === 'chloe@acme.example');
    const apps = demo.snapshot.assignments.filter((a) => a.email === 'chloe@acme.example').length;
    expect(chloe).toHaveLength(apps + 1);
    expect(chloe.find((p) => p.app === null)!.chip).toContain(`${apps} apps, ${apps} with full access`);
    expect(chloe.filter((p) => p.app !== null).map((p) => p.app)).toContain('billing-api-prod');
  });
});

describe('invitation advice', () => {
  const advise = (email: string, app = 'shop-api-staging', over = {}) =>
    inviteAdvice(demo.snapshot, parsePolicy(over), 'osc-fr1', app, email, demo.now);

  it('suggests Limited by default, with the reason', () => {
    const a = advise('');
    expect(a.role).toBe('limited');
    expect(a.headline).toBe('Suggested role: Limited collaborator');
    expect(a.reasons.join(' ')).toContain('no secrets, no data');
  });

  it('suggests full access only for a trusted lead of the policy', () => {
    expect(advise('dana@acme.example').role).toBe('limited');
    const lead = advise('Dana@acme.example', 'shop-api-staging', { trustedLeads: ['dana@acme.example'] });
    expect(lead).toMatchObject({ role: 'collaborator', headline: 'Suggested role: Collaborator (full access)' });
    expect(lead.reasons[0]).toBe('dana@acme.example is a trusted lead in your policy.');
  });

  it('says why: an outside domain, a production app, an app that has enough full collaborators, already there', () => {
    expect(advise('max@pixel-agency.example').reasons).toContain(
      'pixel-agency.example is not one of your team’s domains.',
    );
    expect(advise('dana@acme.example', 'shop-api-production').reasons).toContain(
      'shop-api-production is a production app.',
    );
    expect(advise('dana@acme.example', 'shop-frontend').reasons.join(' ')).toMatch(/already has \d+ full collaborator/);
    expect(advise('chloe@acme.example').reasons).toContain(
      'chloe@acme.example already has access to this app (Collaborator).',
    );
  });

  it('still advises before any scan', () => {
    expect(inviteAdvice(null, parsePolicy({}), 'osc-fr1', 'x', 'dana@acme.example', demo.now).role).toBe('limited');
  });
});
