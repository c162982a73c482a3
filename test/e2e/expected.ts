import type { MockScalingo } from '../mock-scalingo/server';

// What the extension should show, computed from the mock's own data (never hard-coded), so
// the tests keep meaning the same thing when the demo dataset changes.

export function demoUser(mock: MockScalingo, tokenIndex = 0) {
  const userId = mock.state.tokens[tokenIndex]!.user_id;
  return mock.state.users.find((u) => u.user.id === userId)!;
}

/** Per region: apps the user owns or collaborates on (accepted), and distinct collaborators. */
export function expectedCounts(mock: MockScalingo, userId: string) {
  return Object.fromEntries(
    mock.state.regions.map((r) => {
      const visible = mock.state.apps.filter(
        (a) =>
          a.region === r.name &&
          (a.app.owner.id === userId || a.collaborators.some((c) => c.user_id === userId && c.status === 'accepted')),
      );
      const people = new Set(visible.flatMap((a) => a.collaborators.map((c) => c.email.toLowerCase())));
      return [r.name, { apps: visible.length, collaborators: people.size }];
    }),
  );
}
