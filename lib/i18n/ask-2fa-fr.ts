import type { ask2faEn } from './ask-2fa-en';

// Chaînes françaises de « demander la 2FA » (#18, point 7) : le message, et ses commandes.
export const ask2faFr: Record<keyof typeof ask2faEn, string> = {
  'ask2fa.subject': 'Merci d’activer la double authentification sur Scalingo',
  'ask2fa.body':
    'Bonjour {name},\n\nVous avez accès à l’app Scalingo {app}, et la double authentification (2FA) n’est pas activée sur votre compte Scalingo. Un mot de passe volé suffirait pour atteindre l’app.\n\nPourriez-vous l’activer dans les réglages de votre compte Scalingo (Sécurité, double authentification) cette semaine ? Cela prend deux minutes avec une application d’authentification.\n\nCela fait partie de notre revue des accès. Merci !',
  'ask2fa.heading': 'Demander la 2FA',
  'ask2fa.language': 'Langue du message',
  'ask2fa.message': 'Message à envoyer',
  'ask2fa.copy': 'Copier le message',
  'ask2fa.copied': 'Copié.',
  'ask2fa.copyFailed': 'Copie impossible : sélectionnez le texte et copiez-le.',
  'ask2fa.mail': 'Écrire l’e-mail',
  'ask2fa.noMail': 'Pas de lien e-mail : cette adresse n’en a pas la forme.',
};
