// English strings of the overlay about what the dashboard page on screen lists (issue #15).
export const overlayPageEn = {
  'overlay.people.appsNotShown': '{apps} app(s) ({hidden} not on this page), {full} with full access',
  'overlay.people.capped': 'counted for the first {people} person(s) this page lists',
} as const;
