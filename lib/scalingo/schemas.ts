import { z } from 'zod';

// Shapes of Scalingo's API responses, as documented (developers.scalingo.com) and as the
// official clients decode them. Every schema keeps unknown fields (`looseObject`) so a new
// field on Scalingo's side never breaks a scan, and accepts the documented quirks.

// An ISO 8601 date and time (`Z` or an offset), as every example of the docs writes them: any
// other string would turn into NaN ages downstream. Names and the like are bounded: no real one
// comes near 200 characters, and a hostile one must not fill the review.
const isoDate = z.iso.datetime({ offset: true });
const name = z.string().max(200);
// A label shown, never compared: a longer one is cut rather than refused with what carries it.
const label = z.string().transform((s) => s.slice(0, 200));

export const UserRef = z.looseObject({
  id: z.string(),
  username: z.string().optional(),
  email: z.string().optional(),
});

export const User = z.looseObject({
  id: z.string(),
  email: z.string(),
  username: z.string(),
  fullname: z.string().nullish(),
});
export type User = z.infer<typeof User>;
export const SelfResponse = z.object({ user: User });

// Own 2FA: `GET auth/v1/client/tfa`, seen in the official JS client only (not in the REST docs).
export const TfaResponse = z.object({ tfa: z.looseObject({ enabled: z.boolean() }) });

export const Region = z.looseObject({
  name: z.string().regex(/^[a-z0-9-]+$/),
  display_name: z.string().optional(),
  api: z.url(),
  default: z.boolean().optional(),
});
export type Region = z.infer<typeof Region>;
export const RegionsResponse = z.object({ regions: z.array(Region) });

export const App = z.looseObject({
  id: z.string(),
  name: z.string(),
  /** `ap-…`, typed by the official JS client (§3.1): a `/v1/collaborators` row may name its app by it. */
  uuid: z.string().nullish(),
  owner: UserRef,
  region: z.string().optional(),
  hds_resource: z.boolean().nullish(),
  // A date that is no date is unknown rather than the loss of the whole list of apps.
  created_at: isoDate.optional().catch(undefined),
  last_deployed_at: isoDate.nullish().catch(null),
  // No real app name comes near 200 characters: a longer one names no parent, and costs only itself.
  parent_app_name: name.nullish().catch(null),
});
export type App = z.infer<typeof App>;
export const AppsResponse = z.object({ apps: z.array(App) });
export const AppResponse = z.object({ app: App });

// `user account deleted` is defined by the official Go and JS clients, not in the REST docs.
export const CollaboratorStatus = z.enum(['pending', 'accepted', 'user account deleted']);

export const Collaborator = z.looseObject({
  id: z.string(),
  email: z.string(),
  // Pending invitations: user_id null, username "n/a", tfa_status null.
  user_id: z.string().nullish(),
  username: z.string().nullish(),
  tfa_status: z.boolean().nullish(),
  status: z.union([CollaboratorStatus, z.string()]),
  // Older docs showed is_limited as the string "false": accept both.
  is_limited: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(false),
  app_id: z.string().nullish(),
  app_uuid: z.string().nullish(),
  app_name: z.string().nullish(),
});
export type Collaborator = z.infer<typeof Collaborator>;
export const CollaboratorsResponse = z.object({ collaborators: z.array(Collaborator) });
// The docs show the invite response as an array, the official clients decode an object.
export const CollaboratorResponse = z.object({
  collaborator: z.union([
    Collaborator,
    z
      .array(Collaborator)
      .min(1)
      .transform((list) => list[0]!),
  ]),
});

// `GET /v1/apps/{app}/scm_repo_link`: who linked the repository (404 when there is no link;
// a `null` link read the same way, unconfirmed). Scalingo refuses to change that person's role
// (docs/scalingo-api.md §8).
export const ScmRepoLinkResponse = z.object({
  scm_repo_link: z
    .looseObject({
      // An odd field costs only itself: an identity too long is dropped (cut, it would name
      // someone else), a label is cut, a date that is no date or an overlong url is unknown.
      linker: z
        .looseObject({
          id: name.nullish().catch(null),
          username: label.nullish(),
          email: name.nullish().catch(null),
        })
        .nullish(),
      owner: label.nullish(),
      repo: label.nullish(),
      branch: label.nullish(),
      url: z.string().max(2000).nullish().catch(null),
      created_at: isoDate.nullish().catch(null),
      // The deploy and review-app settings the rules read (lib/rules/scm-*.ts, review-app-*.ts).
      auto_deploy_enabled: z.boolean().nullish(),
      deploy_review_apps_enabled: z.boolean().nullish(),
      automatic_creation_from_forks_allowed: z.boolean().nullish(),
      delete_stale_enabled: z.boolean().nullish(),
      hours_before_delete_stale: z.number().int().nonnegative().nullish().catch(null),
    })
    .nullable(),
});

// `GET https://auth.scalingo.com/v1/tokens`: the caller's API tokens, without their values
// (docs/scalingo-api.md §1.1, §8). `last_used_at` is the last exchange; null when never used.
export const ApiToken = z.looseObject({
  id: name.min(1),
  name: label.nullish(),
  created_at: isoDate,
  last_used_at: isoDate.nullish(),
});
export type ApiToken = z.infer<typeof ApiToken>;
// One malformed token must not cost the list: each is parsed alone, and counted when left out.
export const TokensResponse = z
  .object({ tokens: z.array(z.unknown()) })
  .transform(({ tokens }): { tokens: ApiToken[]; skipped: number } => {
    const kept = tokens
      .map((raw) => ApiToken.safeParse(raw))
      .filter((r) => r.success)
      .map((r) => r.data);
    return { tokens: kept, skipped: tokens.length - kept.length };
  });

export const Event = z.looseObject({
  id: z.string(),
  created_at: isoDate,
  type: z.string(),
  app_id: z.string().optional(),
  app_name: z.string().optional(),
  // Events caused by the platform or an add-on may have no user.
  user: UserRef.nullish(),
  type_data: z.record(z.string(), z.unknown()).nullish(),
});
export type Event = z.infer<typeof Event>;

export const Pagination = z.looseObject({
  current_page: z.number().int(),
  next_page: z.number().int().nullish(),
  prev_page: z.number().int().nullish(),
  total_pages: z.number().int().optional(),
  total_count: z.number().int().optional(),
});
const EventsMeta = z.looseObject({ pagination: Pagination.optional() });
export interface EventsResponse {
  events: Event[];
  meta?: z.infer<typeof EventsMeta>;
  /** Events of this page that were malformed (a `user` without id, `type_data` not an object…) and left out. */
  skipped?: number;
}
// One malformed event must not cost its whole page: each is parsed alone, and counted when left out.
export const EventsResponse = z
  .object({ events: z.array(z.unknown()), meta: EventsMeta.optional() })
  .transform(({ events, meta }): EventsResponse => {
    const kept = events
      .map((raw) => Event.safeParse(raw))
      .filter((r) => r.success)
      .map((r) => r.data);
    return { events: kept, meta, skipped: events.length - kept.length };
  });

export const TokenExchangeResponse = z.object({ token: z.string().min(10) });
