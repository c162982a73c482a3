import type { cliEn } from './cli-en';

// Chaînes françaises du tableau de la ligne de commande (mêmes clés que cli-en.ts).
export const cliFr: Record<keyof typeof cliEn, string> = {
  'cli.heading': 'Revue des accès Scalingo de {email}, analysé le {date} UTC',
  'cli.summary': 'Score {score}/100 · constats ouverts : {counts} · acceptés : {accepted}',
  'cli.columns': 'PRI|ÉTAT|APP|PERSONNE|POINT → ACTION',
  'cli.state.open': 'ouvert',
  'cli.state.accepted': 'accepté',
  'cli.account': '(compte)',
  'cli.nothing': 'Rien à revoir.',
  'cli.incomplete.one': 'Incomplet : {count} partie du compte illisible :',
  'cli.incomplete.other': 'Incomplet : {count} parties du compte illisibles :',
  'cli.roleLimited.one': 'Illisible avec votre rôle ({count} app) : demandez-en la revue à son propriétaire',
  'cli.roleLimited.other': 'Illisibles avec votre rôle ({count} apps) : demandez-en la revue à leur propriétaire',
  'cli.state.kept': 'conservé',
  'cli.progress.phase': 'analyse\u00a0: {phase}…',
  'cli.progress.app': 'analyse\u00a0: {phase} · {app} ({done}/{of} applications)',
  'cli.progress.bar': '{phase} {done}/{total} requêtes',
  'cli.phase.account': 'compte',
  'cli.phase.apps': 'applications',
  'cli.phase.events': 'activité',
};
