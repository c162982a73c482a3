// Every recorded change has its own id, so an undo confirmed on the page acts on that record and
// no other: item ids are deterministic (`downgrade:<app>:<collaborator>`) and recur across records.

/** A fresh id, given when a change is recorded. */
export const newRecordId = (): string => crypto.randomUUID();

/**
 * The id of a record stored before ids existed: derived from what it holds, so it is the same at
 * every read and the record stays addressable.
 */
export function derivedRecordId(raw: {
  item?: { id?: unknown };
  at?: unknown;
  status?: unknown;
  reason?: unknown;
}): string {
  return `legacy-${hash(JSON.stringify([raw.item?.id ?? null, raw.at ?? null, raw.status ?? null, raw.reason ?? null]))}`;
}

/** The raw record with an id: its own when it has one, else the derived one (zod preprocess). */
export function withRecordId(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  return typeof r.recordId === 'string' && r.recordId.length > 0 ? raw : { ...r, recordId: derivedRecordId(r) };
}

/** Two 32-bit FNV-1a passes with different seeds: 16 hex digits, enough to tell a history's records apart. */
function hash(text: string): string {
  const pass = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return pass(2166136261) + pass(0x811c9dc5 ^ 0x5bd1e995);
}
