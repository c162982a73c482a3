import { describe, expect, it } from 'vitest';
import { isServiceAccount } from '../../../lib/engine/context';
import { parsePolicy } from '../../../lib/policy';

// Without a policy list, an address counts as a service account only when a whole segment of its
// local part is a machine word (bot, ci, deploy, service, svc, robot, automation): a person whose
// name merely contains one, in English or French, is a person.

const noList = parsePolicy({});

describe('a shared-looking address (no service accounts listed)', () => {
  it.each([
    'deploy-bot@acme.example',
    'bot@acme.example',
    'ci@acme.example',
    'ci.deploy@acme.example',
    'gitlab_ci@acme.example',
    'deploy@acme.example',
    'svc-billing@acme.example',
    'service.paiement@acme.example',
    'robot@acme.example',
    'release-robot@acme.example',
    'automation@acme.example',
    'equipe+automation@acme.example',
    'BOT.Nightly@acme.example',
  ])('%s is a service account', (email) => {
    expect(isServiceAccount(noList, email)).toBe(true);
  });

  it.each([
    'robert@acme.example',
    'robert.bottin@acme.example',
    'botanist@acme.example',
    'cindy@acme.example',
    'lucie.cimon@acme.example',
    'francis@acme.example',
    'deployment-lead@acme.example',
    'serviceclient.marie@acme.example',
    'abbot@acme.example',
    'jean.infra@acme.example',
    'admin.durand@acme.example',
    'tech.lead@acme.example',
    'chloe@ci.acme.example',
    'marc@bot.example',
  ])('%s is a person', (email) => {
    expect(isServiceAccount(noList, email)).toBe(false);
  });

  it('a policy list replaces the guess either way', () => {
    const listed = parsePolicy({ serviceAccounts: ['robert@acme.example'] });
    expect(isServiceAccount(listed, 'Robert@acme.example')).toBe(true);
    expect(isServiceAccount(listed, 'deploy-bot@acme.example')).toBe(false);
  });
});
