import type { overlayEn } from './overlay-en';

// Chaînes françaises de l’affichage sur le tableau de bord (mêmes clés que overlay-en.ts).
export const overlayFr: Record<keyof typeof overlayEn, string> = {
  'overlay.chip.title': 'Scalingo Access Review : cliquez pour les preuves',
  'overlay.active': 'actif {when}',
  'overlay.inactive': 'aucune activité depuis {days} jours',
  'overlay.suggest.downgrade': '→ Limité',
  'overlay.suggest.revoke': '→ Retirer',
  'overlay.suggest.remove': '→ Retirer',
  'overlay.suggest.ask-2fa': '→ Demander la 2FA',
  'overlay.suggest.enable-2fa': '→ Activer votre 2FA',
  'overlay.suggest.ask-owner': '→ Votre accès : voir le propriétaire',
  'overlay.suggest.move-ownership': '→ Compte de service propriétaire',
  'overlay.suggest.review': '→ À revoir',
  'overlay.banner.findings.one': '{app} : {count} constat ouvert, {detail}',
  'overlay.banner.findings.other': '{app} : {count} constats ouverts, {detail}',
  'overlay.banner.none': '{app} : aucun constat ouvert.',
  'overlay.banner.accepted.one': '{count} risque accepté',
  'overlay.banner.accepted.other': '{count} risques acceptés',
  'overlay.banner.scanned': 'analysé {when}',
  'overlay.banner.notScanned':
    'Cette app n’est pas dans la dernière analyse : relancez-la depuis la fenêtre de l’extension.',
  'overlay.openReview': 'Ouvrir la revue',
  'overlay.openFinding': 'Ouvrir ce constat dans la revue',
  'overlay.close': 'Fermer',
  'overlay.noFinding': 'Rien à changer pour cette personne.',
  'overlay.accepted': 'accepté jusqu’au {date}',
  'overlay.degraded.one': 'Access Review : {count} constat ouvert sur cette page',
  'overlay.degraded.other': 'Access Review : {count} constats ouverts sur cette page',
  'invite.suggest.limited': 'Rôle conseillé : collaborateur limité',
  'invite.suggest.collaborator': 'Rôle conseillé : collaborateur (accès complet)',
  'invite.why.default':
    'Limité est le rôle que Scalingo recommande par défaut : déployer, redémarrer, logs et métriques ; ni secrets, ni données, ni gestion des collaborateurs.',
  'invite.why.lead': '{email} est un responsable de confiance dans votre politique.',
  'invite.why.notLead':
    'L’accès complet est réservé aux responsables de confiance listés dans la politique de l’extension.',
  'invite.why.external': '{domain} n’est pas un domaine de votre équipe.',
  'invite.why.production': '{app} est une app de production.',
  'invite.why.manyFull.one':
    'Cette app a déjà {count} collaborateur en accès complet ; votre politique en permet {max}.',
  'invite.why.manyFull.other':
    'Cette app a déjà {count} collaborateurs en accès complet ; votre politique en permet {max}.',
  'invite.why.already': '{email} a déjà accès à cette app ({role}).',
  // A page or an answer that does not show 2FA: unknown, never taken for off.
  'overlay.tfa.unknown': '2FA inconnue',
};
