import { canonicalJson, sha256Hex } from '../export/canonical';
import { reviewToCsv } from '../export/csv';
import { reviewToMarkdown } from '../export/markdown';
import { packDigests, RENDERER_VERSION, type Packs } from '../export/renderer';
import { diffAccess } from '../review/diff';
import { ReviewRecord } from '../review/record';
import { refusal, type Refusal } from '../review/refusal';

// A completed review's frozen exports are the bytes an auditor re-exports, so on import they must
// be the ones its SHA-256 vouches for. The hash is taken over the record as found in the file
// (canonical JSON of the raw entry without `frozen`), never after parsing: defaults added or
// fields stripped by a later schema would refuse genuine older exports. Carrying the hash is not
// enough for the Markdown and CSV (a pack saying "all approved" beside it would pass): they are
// rendered again from the checked record and must be those very bytes; when another version's
// words rendered them, they must be the bytes whose SHA-256 was frozen with them. Those digests
// travel in the file: they tell a damaged or naively edited pack, not a forger who rewrites the
// digests too (no file without a key can; the SHA-256 shown in the first browser's history can).

type RawEntry = Record<string, unknown> & { id?: unknown; frozen?: unknown };
type RawFrozen = { sha256: string; md: string; csv: string; json: string; renderer?: number; digests?: Packs };

/**
 * Why this raw history entry's frozen exports cannot be trusted, or null (also null when it has
 * none). `previous` is the same account's review completed before it, whose access the Markdown
 * compares with (a pack rendered without it, as the first review's, is taken too).
 */
export async function frozenProblem(raw: RawEntry, previous?: RawEntry): Promise<Refusal | null> {
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
  // This version's words render the record again: its packs must be those very bytes. A pack of
  // another version (its words since changed) is held to the digests frozen with it instead; one
  // with no digests, from an older file, can only be rendered again.
  if (!f.digests || f.renderer === RENDERER_VERSION) {
    const rendered = renderedProblem(record, f, id, previous);
    if (rendered) return rendered;
  }
  return f.digests ? digestProblem(f, f.digests, id) : null;
}

async function digestProblem(f: RawFrozen, digests: Packs, id: string): Promise<Refusal | null> {
  const found = await packDigests(f);
  const names = { md: 'Markdown', csv: 'CSV', json: 'JSON' } as const;
  for (const pack of ['md', 'csv', 'json'] as const)
    if (found[pack] !== digests[pack]) return refusal('refusal.frozen.digest', { id, pack: names[pack] });
  return null;
}

function renderedProblem(record: unknown, f: RawFrozen, id: string, previous?: RawEntry): Refusal | null {
  const parsed = ReviewRecord.safeParse(record);
  if (!parsed.success) return refusal('refusal.frozen.jsonNotReview', { id });
  const before = previous ? ReviewRecord.safeParse(previous).data : undefined;
  const diff = before ? diffAccess(before.access, parsed.data.access) : undefined;
  const mdOk =
    f.md === reviewToMarkdown(parsed.data, undefined, f.sha256) ||
    (diff !== undefined && f.md === reviewToMarkdown(parsed.data, diff, f.sha256));
  if (!mdOk) return refusal('refusal.frozen.mdRendered', { id });
  if (f.csv !== reviewToCsv(parsed.data, f.sha256)) return refusal('refusal.frozen.csvRendered', { id });
  return null;
}
