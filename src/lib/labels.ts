/** Human wording for the contract's enums, shared by every page that shows them. */
import type {
  Confidence,
  EventType,
  RumourStatus,
  ExitReason,
  Household,
  PortrayalKind,
  RelationType,
} from '../api/schemas';

export const householdLabels: Record<Household, string> = {
  shah: 'Anupamaa and the Shah family',
  joshi: "Anupamaa's own family, the Joshis",
  kapadia: 'The Kapadias',
  kothari: 'The Kotharis (after the 15-year leap)',
  others: 'Friends, rivals and others',
  prequel: 'Prequel only: Anupama – Namaste America',
};

export const kindLabels: Record<PortrayalKind, string> = {
  original: 'Original',
  recast: 'Recast',
  'post-leap': 'After a leap',
  temporary: 'Temporary',
  returning: 'Returning',
  prequel: 'Prequel',
  cameo: 'Cameo',
  child: 'Child actor',
};

export const exitReasonLabels: Record<ExitReason, string> = {
  quit: 'Quit',
  terminated: 'Contract terminated',
  'replaced-by-makers': 'Replaced by the makers',
  'character-killed-off': 'Character killed off',
  'character-aged-up': 'Character aged up',
  'track-ended': 'Track ended',
  'actor-died': 'Actor died',
  'limited-series': 'Limited series',
  unclear: 'Reason unclear',
};

export const eventTypeLabels: Record<EventType, string> = {
  announcement: 'Announcement',
  production: 'Production',
  premiere: 'Premiere',
  joined: 'Joined',
  left: 'Left',
  replaced: 'Replaced',
  terminated: 'Terminated',
  leap: 'Leap',
  'died-in-story': 'Died in story',
  'off-screen': 'Off screen',
  absence: 'Absence',
  ratings: 'Ratings',
  'spin-off': 'Spin-off',
  milestone: 'Milestone',
  rumour: 'Rumour',
  returned: 'Returned',
  storyline: 'Storyline',
};

/** Read as "<related character> is this character's <label>". */
export const relationLabels: Record<RelationType, string> = {
  spouse: 'Spouse',
  'ex-spouse': 'Former spouse',
  partner: 'Partner',
  'former-partner': 'Former partner',
  fiance: 'Fiancé(e)',
  parent: 'Parent',
  child: 'Child',
  'adoptive-parent': 'Adoptive parent',
  'adoptive-child': 'Adopted child',
  'biological-parent': 'Birth parent',
  'biological-child': 'Birth child',
  guardian: 'Guardian',
  ward: 'Ward',
  sibling: 'Sibling',
  grandparent: 'Grandparent',
  grandchild: 'Grandchild',
  'former-parent-in-law': 'Former parent-in-law',
  relative: 'Relative',
  friend: 'Friend',
};

export const confidenceLabels: Record<Confidence, string> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
};

export const rumourStatusLabels: Record<RumourStatus, string> = {
  rumoured: 'Rumoured',
  confirmed: 'Confirmed',
  denied: 'Denied',
  open: 'Still open',
};
