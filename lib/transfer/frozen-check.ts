import { canonicalJson, sha256Hex } from '../export/canonical';
import { refusal, type Refusal } from '../review/refusal';

// A completed review's frozen exports are the bytes an auditor re-exports, so on import they must
// be the ones its SHA-256 vouches for. The hash is taken over the record as found in the file
// (canonical JSON of the raw entry without `frozen`), never after parsing: defaults added or
// fields stripped by a later schema would refuse genuine older exports.

type RawEntry = Record<string, unknown> & { id?: unknown; frozen?: unknown };
type RawFrozen = { sha256: string; md: string; csv: string; json: string };

/** Why this raw history entry's frozen exports cannot be trusted, or null (also null when it has none). */
export async function frozenProblem(raw: RawEntry): Promise<Refusal | null> {
  const { frozen, ...record } = raw;
  if (!frozen) return null;
  const f = frozen as RawFrozen;
  const id = String(raw.id);
  if ((await sha256Hex(canonicalJson(record))) !== f.sha256) return refusal('refusal.frozen.hash', { id });
  let json: unknown;
  try {
    json = JSON.parse(f.json);
  } catch {
    return refusal('refusal.frozen.jsonNotJson', { id });
  }
  if (!json || typeof json !== 'object') return refusal('refusal.frozen.jsonNotReview', { id });
  // The JSON export is the record tagged with `format` and `sha256`, which the hash leaves out.
  const { format: _format, sha256, ...body } = json as Record<string, unknown>;
  if (sha256 !== f.sha256 || (await sha256Hex(canonicalJson(body))) !== f.sha256)
    return refusal('refusal.frozen.json', { id });
  if (!f.md.includes(f.sha256)) return refusal('refusal.frozen.md', { id });
  if (!f.csv.includes(f.sha256)) return refusal('refusal.frozen.csv', { id });
  return null;
}
