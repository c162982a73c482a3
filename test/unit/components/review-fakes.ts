import { vi } from 'vitest';
import type { ReviewActions } from '../../../components/review/ReviewPage';

// The review page's actions as the component tests fake them: every one a spy that succeeds,
// a test overriding only what it looks at; and a session with nothing decided yet.

export const fakeActions = (over: Partial<ReviewActions> = {}): ReviewActions => ({
  decide: vi.fn(async () => null),
  decideMany: vi.fn(async () => null),
  undecide: vi.fn(),
  preview: vi.fn(async () => ({ items: [], skipped: [], planId: 'p' })),
  apply: vi.fn(async () => null),
  undo: vi.fn(async () => null),
  complete: vi.fn(async () => ({ id: 'r', completedAt: '2026-11-30T00:00:00.000Z' })),
  exportAs: vi.fn(async () => null),
  ...over,
});

export const emptySession = { decisions: [], changes: [], previous: null, diff: null };
