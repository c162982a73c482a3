import type { AccessSnapshot } from './snapshot';

// Counts the popup shows per region: apps, and distinct people other than the owner.

export interface RegionCount {
  region: string;
  displayName: string;
  apps: number;
  collaborators: number;
}

export function countPerRegion(snapshot: AccessSnapshot): RegionCount[] {
  return snapshot.regions.map((r) => {
    const people = new Set(
      snapshot.assignments.filter((a) => a.region === r.name && a.role !== 'owner').map((a) => a.email.toLowerCase()),
    );
    return {
      region: r.name,
      displayName: r.displayName,
      apps: snapshot.apps.filter((a) => a.region === r.name).length,
      collaborators: people.size,
    };
  });
}
