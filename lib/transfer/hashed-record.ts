import { canonicalJson, sha256Hex } from '../export/canonical';
import type { HistoryEntry } from '../review/record';

// The record a completed review's SHA-256 was taken over, as the transfer file must carry it. The
// stored record is read back through today's schema, which fills in the defaults of fields added
// since (a policy limit, say): hashed again it no longer matches, and the import would refuse an
// honest review as altered. The frozen JSON pack is that record byte for byte (tagged with
// `format` and `sha256`, which the hash leaves out), so the file carries its body instead, once
// it is checked to hash to the frozen SHA-256.

type Hashed = Omit<HistoryEntry, 'frozen'>;

export async function hashedRecord(entry: HistoryEntry): Promise<Hashed> {
  const { frozen, imported: _imported, ...record } = entry;
  if (!frozen) return record;
  let pack: unknown;
  try {
    pack = JSON.parse(frozen.json);
  } catch {
    return record;
  }
  if (!pack || typeof pack !== 'object') return record;
  const { format: _format, sha256: _sha256, ...body } = pack as Record<string, unknown>;
  // A pack whose body is not the hashed record (never written so) gains nothing: the record as read.
  return (await sha256Hex(canonicalJson(body))) === frozen.sha256 ? (body as Hashed) : record;
}
