// English strings of findings about an app shown beside each of its full Collaborators
// (lib/overlay-advice/app-share.ts), and of page-only mode's unknown team domain.
export const fullShareEn = {
  'overlay.oneOfFull':
    'One of {count} full Collaborators on {app}: review who needs full access, and change the others to Limited',
  'rule.team-domain-unknown.title':
    'Cannot tell who is outside the team on {app}: visit an app’s collaborators page or set your team’s domains',
  'words.rule.team-domain-unknown': 'Team unknown',
  'evidence.teamDomainUnknown':
    'The pages visited show no owner of {app} and no other app’s owner to tell the team’s domain from; external full access is not judged there.',
} as const;
