import type { Reply } from '../messages/protocol';

// No request is served on half-migrated data (lib/storage/migrate.ts): each one waits for the
// migration, and while it fails gets a clear "try again" instead; the next request tries the
// migration again rather than never.

export const NOT_READY: Reply<never> = {
  ok: false,
  kind: 'internal',
  message:
    'The extension could not finish updating its stored data (storage busy?). Nothing was done: try again in a moment.',
};

export function migrationGate(migrate: () => Promise<unknown>) {
  let migrated: Promise<unknown> | null = null;
  const ready = () =>
    (migrated ??= migrate().catch((e: unknown) => {
      migrated = null;
      console.warn('Storage migration failed', e);
      throw e;
    }));
  return {
    /** `serve` once the data is current, or NOT_READY. */
    whenReady: <T>(serve: () => Promise<T>): Promise<T | Reply<never>> => ready().then(serve, () => NOT_READY),
    /** Runs `task` once the data is current; silently nothing while it cannot be (alarms, start-up). */
    afterReady: (task: () => unknown): void => void ready().then(task, () => undefined),
  };
}
