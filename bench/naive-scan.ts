import type { ScalingoClient } from '../lib/scalingo/client';

// The plan a first script would follow, for comparison: who am I, the regions, then for every
// app its collaborators and all its events back to the window, one request after another.

export async function naiveScan(client: ScalingoClient, lookBackDays: number): Promise<void> {
  const windowStart = Date.now() - lookBackDays * 86_400_000;
  await client.self();
  await client.ownTfaEnabled();
  for (const region of await client.regions()) {
    for (const app of await client.apps(region.api)) {
      await client.appCollaborators(region.api, app.name);
      for (let page = 1; ; page++) {
        const { events, meta } = await client.events(region.api, app.id, page, 100);
        const last = events.at(-1);
        if (!meta?.pagination?.next_page || !last || Date.parse(last.created_at) < windowStart) break;
      }
    }
  }
}
