// Runs `task` one call at a time; calls made meanwhile wait, and only the latest of them runs
// next. A running scan's publications are reviewed this way (service.ts): a review that takes
// long (a slow storage read) must never write its older digest over a newer one.

export function latestOnly<T>(task: (arg?: T) => Promise<unknown>): (arg?: T) => void {
  let waiting: { arg: T | undefined } | null = null;
  let running = false;
  async function loop(): Promise<void> {
    running = true;
    while (waiting) {
      const { arg } = waiting;
      waiting = null;
      await task(arg).catch(() => undefined); // its failure is the next publication's to mend
    }
    running = false;
  }
  return (arg) => {
    waiting = { arg };
    if (!running) void loop();
  };
}
