import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';

/**
 * A dataset is what one Scalingo account looks like. Inner objects (user, region, app,
 * collaborator, event) are the API's own JSON, so a captured response can be pasted in:
 * `looseObject` keeps and serves every field we do not know about. Only the wrappers
 * (`region`, `scm_linker_user_id`, `restricted`, `tfa`) are the mock's own metadata.
 */

// From the folder's path (not a URL): DOM test environments replace the global URL class.
export const DATASETS_DIR = join(import.meta.dirname, 'datasets') + '/';

const isoDate = z.iso.datetime({ offset: true });
const UserRef = z.looseObject({ id: z.string().min(1), username: z.string(), email: z.string() });

const Collaborator = z.looseObject({
  id: z.string().min(1),
  email: z.string().min(3),
  user_id: z.string().nullable(),
  username: z.string(),
  tfa_status: z.boolean().nullable(),
  // `user account deleted` comes from the official Go/JS clients, not the REST docs.
  status: z.enum(['pending', 'accepted', 'user account deleted']),
  is_limited: z.boolean(),
});

const Event = z.looseObject({
  id: z.string().min(1),
  created_at: isoDate,
  type: z.string().min(1),
  // Restarts caused by an add-on have no user (docs/scalingo-api.md §3.5).
  user: z.looseObject({ id: z.string() }).nullish(),
});

const AppEntry = z.strictObject({
  region: z.string().min(1),
  app: z.looseObject({ id: z.string().min(1), name: z.string().min(1), owner: UserRef }),
  /** The user who linked the SCM integration: Scalingo refuses to change that person's role. */
  scm_linker_user_id: z.string().nullable().default(null),
  /** Fields of the app's SCM link as served (repo, branch, review-app settings…), over the mock's defaults. */
  scm_repo_link: z.looseObject({}).optional(),
  collaborators: z.array(Collaborator).default([]),
  events: z.array(Event).default([]),
});

const Region = z.looseObject({
  name: z.string().regex(/^[a-z0-9-]+$/),
  display_name: z.string(),
  api: z.string(),
  default: z.boolean().optional(),
  /** Restricted regions (SecNumCloud) are hidden from unauthenticated GET /v1/regions. */
  restricted: z.boolean().default(false),
});

export const DatasetSchema = z
  .strictObject({
    /** The dataset's reference date: every date is shifted by (real now − now) at load. */
    now: isoDate,
    /** API tokens: the secret and its user (the mock's), then what `GET /v1/tokens` lists (the API's). */
    tokens: z.array(
      z.strictObject({
        token: z.string().min(1),
        user_id: z.string().min(1),
        id: z.string().min(1).optional(),
        name: z.string().optional(),
        created_at: isoDate.optional(),
        last_used_at: isoDate.nullable().optional(),
      }),
    ),
    users: z.array(
      z.strictObject({
        user: z.looseObject({ id: z.string().min(1), email: z.string(), username: z.string() }),
        tfa: z.looseObject({ enabled: z.boolean() }),
      }),
    ),
    regions: z.array(Region).min(1),
    apps: z.array(AppEntry),
  })
  .superRefine((d, ctx) => {
    const userIds = new Set(d.users.map((u) => u.user.id));
    const regionNames = new Set(d.regions.map((r) => r.name));
    d.tokens.forEach((t, i) => {
      if (!userIds.has(t.user_id))
        ctx.addIssue({ code: 'custom', path: ['tokens', i, 'user_id'], message: `no user with id ${t.user_id}` });
    });
    const seen = new Set<string>();
    d.apps.forEach((a, i) => {
      if (!regionNames.has(a.region))
        ctx.addIssue({ code: 'custom', path: ['apps', i, 'region'], message: `unknown region ${a.region}` });
      for (const key of [`id:${a.app.id}`, `name:${a.region}/${a.app.name}`]) {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['apps', i, 'app'], message: `duplicate app ${key}` });
        seen.add(key);
      }
    });
  });

export type Dataset = z.output<typeof DatasetSchema>;
export type AppEntry = Dataset['apps'][number];
export type Collaborator = AppEntry['collaborators'][number];
export type ScalingoEvent = AppEntry['events'][number];
export type UserEntry = Dataset['users'][number];

/** The live, mutable copy the server works on (and `GET /_mock/state` returns). */
export type MockState = Dataset & { revokedTokens: string[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Shifts every ISO date string, wherever it is (type_data included), by deltaMs. */
function shiftDates(value: unknown, deltaMs: number): unknown {
  if (typeof value === 'string') {
    return deltaMs !== 0 && ISO_DATE.test(value) ? new Date(Date.parse(value) + deltaMs).toISOString() : value;
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, deltaMs));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, deltaMs)]));
  }
  return value;
}

export function datasetNames(): string[] {
  return readdirSync(DATASETS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
}

function readNamed(nameOrPath: string): { label: string; raw: unknown } {
  const file =
    nameOrPath.endsWith('.json') || nameOrPath.includes('/')
      ? isAbsolute(nameOrPath)
        ? nameOrPath
        : join(process.cwd(), nameOrPath)
      : join(DATASETS_DIR, `${nameOrPath}.json`);
  if (!existsSync(file)) {
    throw new Error(`Mock dataset "${nameOrPath}" not found (${file}). Available: ${datasetNames().join(', ')}`);
  }
  try {
    return { label: file, raw: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch (e) {
    throw new Error(`Mock dataset ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

const formatPath = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(root)';

/** Parses a dataset, throwing an error that names the file and the JSON path of each problem. */
export function validateDataset(raw: unknown, label: string): Dataset {
  const parsed = DatasetSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 20).map((i) => `  - ${formatPath(i.path)}: ${i.message}`);
  throw new Error(`Invalid mock dataset ${label}:\n${lines.join('\n')}`);
}

/**
 * The validated dataset, built from the raw JSON rather than zod's output: zod reorders keys
 * (known ones first), and served objects should keep the order they were captured in.
 */
function withDefaults(raw: z.input<typeof DatasetSchema>): Dataset {
  return {
    ...raw,
    regions: raw.regions.map((r) => ({ ...r, restricted: r.restricted ?? false })),
    apps: raw.apps.map((a) => ({
      ...a,
      scm_linker_user_id: a.scm_linker_user_id ?? null,
      collaborators: a.collaborators ?? [],
      events: a.events ?? [],
    })),
  };
}

export function loadDataset(source: string | Dataset, opts: { shiftDates?: boolean; now?: number } = {}): MockState {
  const { label, raw } = typeof source === 'string' ? readNamed(source) : { label: '(inline object)', raw: source };
  const dataset = validateDataset(raw, label);
  const delta = opts.shiftDates === false ? 0 : (opts.now ?? Date.now()) - Date.parse(dataset.now);
  // Always a deep copy, so the server's mutations never leak into the caller's object.
  const copy = withDefaults(shiftDates(raw, delta) as z.input<typeof DatasetSchema>);
  return { ...copy, revokedTokens: [] };
}
