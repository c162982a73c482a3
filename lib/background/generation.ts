import { ScalingoApiError } from '../scalingo/errors';

// "Forget everything" and sign-out end everything started before them: an apply half-way
// through its plan, a scan, a connection being checked. The background counts them (the
// generation); work captures the count when it starts and is refused once it has moved: its
// calls to Scalingo are not sent (lib/background/service.ts) and its writes are not stored
// (`stampedStore` in lib/background/store.ts checks inside the write queue, for every writer).

export class Generation {
  current = 0;
  bump(): void {
    this.current++;
  }
  /** Throws when a forget or a sign-out came after `stamp`. */
  check(stamp: number): void {
    if (stamp !== this.current)
      throw new ScalingoApiError(
        'refused',
        'Stopped: everything was forgotten or you signed out meanwhile; nothing more was sent or stored.',
      );
  }
}

/** The same client, each of its calls refused once the generation has moved past `stamp`. */
export function guarded<T extends object>(client: T, generation: Generation, stamp: number): T {
  return new Proxy(client, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        generation.check(stamp);
        return Reflect.apply(value, target, args) as unknown;
      };
    },
  });
}
