import { afterEach, describe, expect, it } from 'vitest';
import type { MockScalingo } from '../../mock-scalingo/server';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { connectedService } from './connected-service';

// The user's mark of which API token is the extension's (issue #16), through the background: a
// setting saved from the extension's pages, applied to the review served,
// and dropped when another token is connected (the mark was about the last one).

let mock: MockScalingo | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

const ownTitles = (review: { findings: { rule: string; title: { key: string; vars?: Record<string, unknown> } }[] }) =>
  review.findings
    .filter((f) => f.title.key.endsWith('titleExtension'))
    .map((f) => `${f.rule} ${String(f.title.vars?.name)}`);

describe('the extension’s own token, marked by the user', () => {
  it('is named in its finding once marked, no longer once unmarked, and forgotten on connecting again', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const ci = mock.state.tokens.find((t) => t.name === 'ci-deploy')!;
    expect(ownTitles((await service.handle({ type: 'getReview' }))!)).toEqual([]); // access-review is not flagged

    await service.handle({ type: 'saveSettings', settings: { extensionTokenId: ci.id } });
    expect(ownTitles((await service.handle({ type: 'getReview' }))!)).toEqual(['api-token-old ci-deploy']);

    await service.handle({ type: 'saveSettings', settings: { extensionTokenId: null } });
    expect(ownTitles((await service.handle({ type: 'getReview' }))!)).toEqual([]);

    await service.handle({ type: 'saveSettings', settings: { extensionTokenId: ci.id } });
    await service.handle({ type: 'connect', token: DEMO_TOKENS.alice, remember: false });
    await service.idle();
    expect((await service.handle({ type: 'getSettings' })).extensionTokenId).toBeNull();
    expect(ownTitles((await service.handle({ type: 'getReview' }))!)).toEqual([]);
  });
});

describe('the extension’s own token, for the line its pages always show', () => {
  it('names the token the exchange told apart, lists names and dates only, and follows a mark', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const view = (await service.handle({ type: 'getOwnToken' }))!;
    expect(view.own).toMatchObject({ name: 'access-review', how: 'exchange' });
    expect(view.tokens.map((t) => t.name)).toEqual(['access-review', 'ci-deploy', 'old-laptop', 'test-script']);
    expect(Object.keys(view.tokens[0]!).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name']);

    const ci = mock.state.tokens.find((t) => t.name === 'ci-deploy')!;
    await service.handle({ type: 'saveSettings', settings: { extensionTokenId: ci.id } });
    expect((await service.handle({ type: 'getOwnToken' }))!.own).toMatchObject({ name: 'ci-deploy', how: 'marked' });
  });
});
