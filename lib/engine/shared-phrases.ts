import type { Finding, Phrase } from './finding';

// Phrases and confidences without values, one object each for every finding that says them: a
// review of 10k assignments built tens of thousands of identical little objects, and its time
// went more to the collector than to the rules. Shared: never change one (copy it instead).

type Confidence = Finding['confidence'];

export const ROLE_FULL: Phrase = { key: 'evidence.roleFull' };
export const ROLE_LIMITED: Phrase = { key: 'evidence.roleLimited' };
export const TFA_OFF: Phrase = { key: 'evidence.tfaOff' };
export const READS_NOT_IN_EVENTS: Phrase = { key: 'evidence.readsNotInEvents' };
export const INVITED_FULL: Phrase = { key: 'evidence.invitedFull' };
export const INVITED_LIMITED: Phrase = { key: 'evidence.invitedLimited' };
export const LINK_WORKS: Phrase = { key: 'evidence.linkWorks' };
export const INVITED_UNKNOWN: Phrase = { key: 'evidence.invitedUnknown' };
export const PAGE_NO_DATE: Phrase = { key: 'evidence.pageNoDate' };
export const ACCOUNT_DELETED: Phrase = { key: 'evidence.accountDeleted' };
export const SCM_LINKER: Phrase = { key: 'evidence.scmLinker' };

export const API_REPORTS: Confidence = { level: 'high', why: { key: 'confidence.apiReports' } };
export const FROM_EVENTS: Confidence = { level: 'high', why: { key: 'confidence.events' } };
export const DOMAIN_POLICY: Confidence = { level: 'high', why: { key: 'confidence.domainPolicy' } };
export const READS_UNSEEN: Confidence = { level: 'medium', why: { key: 'confidence.readsUnseen' } };
export const INVITE_EVENT: Confidence = { level: 'high', why: { key: 'confidence.inviteEvent' } };
export const INVITE_FROM_ID: Confidence = { level: 'medium', why: { key: 'confidence.inviteFromId' } };
export const INVITE_PAGE: Confidence = { level: 'medium', why: { key: 'confidence.invitePage' } };
export const INVITE_UNKNOWN: Confidence = { level: 'low', why: { key: 'confidence.inviteUnknown' } };
