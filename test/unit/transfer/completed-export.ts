import { afterAll, beforeAll } from 'vitest';
import { connectedService } from '../background/connected-service';

// The transfer file of an account with `reviews` completed reviews (against the mock), written
// once per test file: what the import tests read, alter and read again.
export function completedExport(reviews = 1): () => string {
  let exported = '';
  let close: () => Promise<unknown> | void = () => undefined;
  beforeAll(async () => {
    const source = await connectedService();
    close = () => source.mock.close();
    for (let i = 0; i < reviews; i++) await source.service.handle({ type: 'completeReview' });
    exported = (await source.service.handle({ type: 'exportTransfer', part: 'all' })).text;
  });
  afterAll(() => close());
  return () => exported;
}
