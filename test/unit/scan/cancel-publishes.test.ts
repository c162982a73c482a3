import { describe, expect, it } from 'vitest';
import { appKey, type Publication } from '../../../lib/scan/publication';
import { scanAccount, type ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, region, type FakeAccount } from '../helpers';

// A large account publishes every few apps (lib/scan/publish-pace.ts). A cancel keeps the last
// publication (lib/background/scan-runner.ts): the apps read since it are published before the
// scan stops, so a cancel never drops reads that were waiting for the next publication.

const names = Array.from({ length: 60 }, (_, i) => `app-${String(i).padStart(2, '0')}`); // every 2nd app publishes
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': names.map((n) => app(n)) },
  collaborators: names.map((n) => collaborator(n, 'bob@acme.example')),
};

describe('a cancelled scan', () => {
  it('publishes the apps read since its last publication before it stops', async () => {
    const { client } = fakeClient(account);
    const controller = new AbortController();
    const stopped = (signal?: AbortSignal) =>
      new Promise<never>((_, reject) =>
        signal?.aborted
          ? reject(signal.reason as Error)
          : signal?.addEventListener('abort', () => reject(signal.reason as Error)),
      );
    // app-00 is read; the other apps' events wait. The worker app-00 frees picks app-03: the user cancels then.
    const events: ScanClient['events'] = (...args) => {
      if (args[1] === 'id-app-00') return client.events(...args);
      if (args[1] === 'id-app-03') controller.abort(new Error('cancelled'));
      return stopped(args[4]);
    };
    const published: Publication[] = [];
    const done = scanAccount(
      { ...client, events },
      {
        signal: controller.signal,
        onPublish: (p) => void published.push(p),
      },
    );
    await expect(done).rejects.toThrow('cancelled');
    const last = published.at(-1)!.snapshot;
    const key = appKey(last.apps.find((a) => a.name === 'app-00')!);
    expect(last.partial!.pending).not.toContain(key);
    expect(last.partial!.pending).toHaveLength(names.length - 1);
    expect(published.at(-1)!.activity[key]).toBeDefined();
  });
});
