/**
 * The API contract: one schema per resource shape, shared by the mock API's handlers and the
 * client. zod/mini keeps the validator small in the browser bundle; the client validates every
 * response with these, so the mock cannot drift from what the pages expect.
 */
import * as z from 'zod/mini';
import { EVENT_TYPES, RUMOUR_STATUSES } from './vocabulary';
import { isPartialDate } from '../lib/partial-date';

/** A date as precise as the sources allow: `2022`, `2022-08` or `2022-07-26`. */
export const PartialDateSchema = z
  .string()
  .check(z.refine(isPartialDate, { message: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD' }));
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Only web links are accepted, so a source can never smuggle in a `javascript:` URL. */
export const SourceSchema = z.object({
  url: z.httpUrl(),
  outlet: z.string().check(z.minLength(1)),
  /** Null where the headline is unknown: the reference then reads "Outlet, date". */
  headline: z.nullable(z.string().check(z.minLength(1))),
  published: z.nullable(PartialDateSchema),
});
export type Source = z.infer<typeof SourceSchema>;

const SourcesSchema = z.array(SourceSchema);

/** The other side of a fact that sources disagree on, with the sources that say so. */
export const DisputeSchema = z.object({
  summary: z.string(),
  sources: SourcesSchema,
});
export type Dispute = z.infer<typeof DisputeSchema>;

export const SourcedTextSchema = z.object({
  value: z.string(),
  note: z.nullable(z.string()),
  dispute: z.nullable(DisputeSchema),
  sources: SourcesSchema,
});
export type SourcedText = z.infer<typeof SourcedTextSchema>;

export const SourcedDateSchema = z.object({
  value: z.nullable(PartialDateSchema),
  note: z.nullable(z.string()),
  sources: SourcesSchema,
});
export type SourcedDate = z.infer<typeof SourcedDateSchema>;

export const HouseholdSchema = z.enum(['shah', 'joshi', 'kapadia', 'kothari', 'others', 'prequel']);
export type Household = z.infer<typeof HouseholdSchema>;

export const RelationTypeSchema = z.enum([
  'spouse',
  'ex-spouse',
  'partner',
  'former-partner',
  'fiance',
  'parent',
  'child',
  'adoptive-parent',
  'adoptive-child',
  'biological-parent',
  'biological-child',
  'guardian',
  'ward',
  'sibling',
  'grandparent',
  'grandchild',
  'former-parent-in-law',
  'relative',
  'friend',
]);
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** How an actor came to a role: the first to play it, a replacement, an older actor after a leap, ... */
export const PortrayalKindSchema = z.enum([
  'original',
  'recast',
  'post-leap',
  'temporary',
  'returning',
  'prequel',
  /** A one-off or brief appearance: a guest, a flashback, a director on camera. */
  'cameo',
  /** A child actor, handing the role to an older actor as the character grows up. */
  'child',
]);
export type PortrayalKind = z.infer<typeof PortrayalKindSchema>;

export const ExitReasonSchema = z.enum([
  'quit',
  'terminated',
  'replaced-by-makers',
  'character-killed-off',
  'character-aged-up',
  'track-ended',
  'actor-died',
  'limited-series',
  'unclear',
]);
export type ExitReason = z.infer<typeof ExitReasonSchema>;

/** Where a role stands as of its latest source: running, over, or not known either way. */
export const PortrayalStatusSchema = z.enum(['ongoing', 'ended', 'unknown']);
export type PortrayalStatus = z.infer<typeof PortrayalStatusSchema>;

export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

export const CharacterRefSchema = z.object({ id: z.string(), name: z.string() });
export type CharacterRef = z.infer<typeof CharacterRefSchema>;

export const ActorRefSchema = z.object({ id: z.string(), name: z.string() });
export type ActorRef = z.infer<typeof ActorRefSchema>;

/** The other end of a recast: which actor in which stint. */
export const StintRefSchema = z.object({
  portrayalId: z.string(),
  actor: ActorRefSchema,
  character: CharacterRefSchema,
});
export type StintRef = z.infer<typeof StintRefSchema>;

export const PortrayalSchema = z.object({
  id: z.string(),
  character: CharacterRefSchema,
  actor: ActorRefSchema,
  kind: PortrayalKindSchema,
  from: z.nullable(PartialDateSchema),
  to: z.nullable(PartialDateSchema),
  status: PortrayalStatusSchema,
  /** Date of the latest source that speaks of this stint; "as of" for ongoing roles. */
  asOf: z.nullable(PartialDateSchema),
  exitReason: z.nullable(ExitReasonSchema),
  exitDetail: z.nullable(z.string()),
  replaces: z.nullable(StintRefSchema),
  replacedBy: z.nullable(StintRefSchema),
  confidence: ConfidenceSchema,
  dispute: z.nullable(DisputeSchema),
  note: z.nullable(z.string()),
  sources: SourcesSchema,
});
export type Portrayal = z.infer<typeof PortrayalSchema>;

export const RelationSchema = z.object({
  type: RelationTypeSchema,
  character: CharacterRefSchema,
  /** From when a viewer knows of it (kinship once both are on screen); null when undated. */
  since: z.nullable(PartialDateSchema),
});
export type Relation = z.infer<typeof RelationSchema>;

export const CharacterSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  otherNames: z.array(z.string()),
  nicknames: z.array(z.string()),
  household: HouseholdSchema,
  /** The current actor, or the last one known when the role has ended. */
  latestActor: z.nullable(ActorRefSchema),
  latestStatus: z.nullable(PortrayalStatusSchema),
  actorCount: z.number(),
  /** Every stint, oldest first, so a list can say who played the role as of a spoiler horizon. */
  stints: z.array(
    z.object({
      actor: ActorRefSchema,
      from: z.nullable(PartialDateSchema),
      to: z.nullable(PartialDateSchema),
      status: PortrayalStatusSchema,
    }),
  ),
});
export type CharacterSummary = z.infer<typeof CharacterSummarySchema>;

export const RumourStatusSchema = z.enum(RUMOUR_STATUSES);
export type RumourStatus = z.infer<typeof RumourStatusSchema>;

/** A cast rumour from fan news, followed to its outcome. */
export const RumourSchema = z.object({
  id: z.string(),
  /** When the rumour was reported. */
  date: PartialDateSchema,
  claim: z.string(),
  status: RumourStatusSchema,
  /** What happened, in the wiki's words; null while nothing is known. */
  outcome: z.nullable(z.string()),
  characters: z.array(CharacterRefSchema),
  actors: z.array(ActorRefSchema),
  /** The cast changes that bore it out (confirmed rumours). */
  confirmedBy: z.array(
    z.object({ portrayal: z.nullable(StintRefSchema), event: z.nullable(z.string()) }),
  ),
  /** Who denied it and when; also set where a confirmed rumour was denied in part. */
  denial: z.nullable(z.object({ by: z.string(), date: z.nullable(PartialDateSchema) })),
  /**
   * When its outcome (confirmed or denied) became known: the denial's date, or the start of the
   * latest stint or event that bore it out. Null when not known, or while it is still rumoured or
   * open. A reader's spoiler horizon hides an outcome decided after it.
   */
  decided: z.nullable(PartialDateSchema),
  sources: SourcesSchema,
});
export type Rumour = z.infer<typeof RumourSchema>;

export const RumourListSchema = z.object({ rumours: z.array(RumourSchema) });
export type RumourList = z.infer<typeof RumourListSchema>;

export const CharacterDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Maiden, married and later names. */
  otherNames: z.array(z.string()),
  nicknames: z.array(z.string()),
  household: HouseholdSchema,
  lead: z.boolean(),
  description: z.string(),
  status: z.string(),
  note: z.nullable(z.string()),
  dispute: z.nullable(DisputeSchema),
  /** Null where the research rated nothing; pages then show no confidence badge. */
  confidence: z.nullable(ConfidenceSchema),
  relations: z.array(RelationSchema),
  portrayals: z.array(PortrayalSchema),
  /** Rumours about this character, newest first. */
  rumours: z.array(RumourSchema),
  sources: SourcesSchema,
});
export type CharacterDetail = z.infer<typeof CharacterDetailSchema>;

export const ActorSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  alsoKnownAs: z.array(z.string()),
  roles: z.array(
    z.object({
      character: CharacterRefSchema,
      from: z.nullable(PartialDateSchema),
      to: z.nullable(PartialDateSchema),
      status: PortrayalStatusSchema,
    }),
  ),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const OtherWorkSchema = z.object({
  title: z.string(),
  detail: z.nullable(z.string()),
});
export type OtherWork = z.infer<typeof OtherWorkSchema>;

export const TimelineEventSchema = z.object({
  id: z.string(),
  date: PartialDateSchema,
  /** Set when sources only place the event within a window, e.g. May to June 2022. */
  dateUntil: z.nullable(PartialDateSchema),
  type: EventTypeSchema,
  summary: z.string(),
  characters: z.array(CharacterRefSchema),
  actors: z.array(ActorRefSchema),
  confidence: ConfidenceSchema,
  sources: SourcesSchema,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const ActorDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  alsoKnownAs: z.array(z.string()),
  note: z.nullable(z.string()),
  died: z.nullable(z.object({ date: PartialDateSchema, detail: z.nullable(z.string()) })),
  confidence: z.nullable(ConfidenceSchema),
  otherWork: z.array(OtherWorkSchema),
  portrayals: z.array(PortrayalSchema),
  events: z.array(TimelineEventSchema),
  /** Rumours about this actor, newest first. */
  rumours: z.array(RumourSchema),
  sources: SourcesSchema,
});
export type ActorDetail = z.infer<typeof ActorDetailSchema>;

/** A leap as other resources name it: enough to label and link it. */
export const LeapRefSchema = z.object({
  id: z.string(),
  label: z.string(),
  aired: z.nullable(PartialDateSchema),
});
export type LeapRef = z.infer<typeof LeapRefSchema>;

export const LeapSchema = z.object({
  id: z.string(),
  label: z.string(),
  aired: z.nullable(PartialDateSchema),
  airedNote: z.nullable(z.string()),
  duration: z.nullable(z.string()),
  summary: z.string(),
  confidence: ConfidenceSchema,
  dispute: z.nullable(DisputeSchema),
  sources: SourcesSchema,
});
export type Leap = z.infer<typeof LeapSchema>;

/** A role whose actor changed between two days: who had it before, who after. */
export const RecastSchema = z.object({
  character: CharacterRefSchema,
  before: z.array(PortrayalSchema),
  after: z.array(PortrayalSchema),
  /** A child role taken over by an older actor: the earlier stint ended as "aged up". */
  agedUp: z.boolean(),
});
export type Recast = z.infer<typeof RecastSchema>;

/**
 * What changed in the cast between two days (`YYYY-MM-DD`, `from` the earlier), by the presence
 * rule of src/lib/presence.ts: in or probably in the role on a day counts as there.
 */
export const CastComparisonSchema = z.object({
  from: PartialDateSchema,
  to: PartialDateSchema,
  /** There on `from`, surely out of the role by `to`, and not handed to another actor. */
  left: z.array(PortrayalSchema),
  /** Not there on `from`, there on `to`, in a role no one else left. */
  joined: z.array(PortrayalSchema),
  recast: z.array(RecastSchema),
  stayed: z.array(PortrayalSchema),
  /** There on `from`; by `to`, nothing reports them in the role, nor that they left. */
  noLongerReported: z.array(PortrayalSchema),
  /** Both days fall inside the month or year the stint's dates are known only to. */
  vague: z.array(PortrayalSchema),
  /** Leaps whose air date may fall between the two days. */
  leaps: z.array(LeapRefSchema),
});
export type CastComparison = z.infer<typeof CastComparisonSchema>;

export const LeapListSchema = z.object({ leaps: z.array(LeapSchema) });
export type LeapList = z.infer<typeof LeapListSchema>;

/** One leap with what changed in the cast across it, and its neighbours in time. */
export const LeapDetailSchema = z.object({
  leap: LeapSchema,
  /** Null when the leap has no air date to compare around. */
  comparison: z.nullable(CastComparisonSchema),
  previous: z.nullable(LeapRefSchema),
  next: z.nullable(LeapRefSchema),
});
export type LeapDetail = z.infer<typeof LeapDetailSchema>;

export const ShowSchema = z.object({
  id: z.string(),
  title: z.string(),
  alternateTitles: z.array(z.string()),
  premise: SourcedTextSchema,
  channel: SourcedTextSchema,
  language: SourcedTextSchema,
  premiere: SourcedDateSchema,
  shootingBegan: SourcedDateSchema,
  producers: z.object({
    names: z.array(z.string()),
    note: z.nullable(z.string()),
    sources: SourcesSchema,
  }),
  productionCompany: SourcedTextSchema,
  writers: z.array(z.object({ name: z.string(), role: z.string(), sources: SourcesSchema })),
  basedOn: SourcedTextSchema,
  siblingAdaptations: z.array(
    z.object({
      title: z.string(),
      language: z.string(),
      channel: z.string(),
      started: z.nullable(PartialDateSchema),
      note: z.nullable(z.string()),
      sources: SourcesSchema,
    }),
  ),
  streaming: SourcedTextSchema,
  prequel: z.object({
    title: z.string(),
    platform: z.string(),
    premiere: z.nullable(PartialDateSchema),
    episodes: z.nullable(z.number()),
    setting: z.string(),
    sources: SourcesSchema,
  }),
  timeslot: SourcedTextSchema,
  status: z.object({
    value: z.enum(['ongoing', 'ended']),
    asOf: PartialDateSchema,
    sources: SourcesSchema,
  }),
  episodes: SourcedTextSchema,
  leaps: z.array(LeapSchema),
  milestones: z.array(
    z.object({
      date: PartialDateSchema,
      dateUntil: z.nullable(PartialDateSchema),
      what: z.string(),
      sources: SourcesSchema,
    }),
  ),
  /** The lead characters on the show as of the latest source, with who plays them. */
  currentLeads: z.array(z.object({ character: CharacterRefSchema, actor: ActorRefSchema })),
  latestChanges: z.array(TimelineEventSchema),
  disputes: z.array(z.object({ topic: z.string(), detail: z.string(), sources: SourcesSchema })),
  unplacedCast: z.array(z.object({ name: z.string(), detail: z.string(), sources: SourcesSchema })),
  gaps: z.array(z.string()),
  /** The date of the newest report the wiki cites: how current its data is. */
  latestReport: z.nullable(PartialDateSchema),
  counts: z.object({
    characters: z.number(),
    actors: z.number(),
    portrayals: z.number(),
    events: z.number(),
    sources: z.number(),
    rumours: z.number(),
  }),
});
export type Show = z.infer<typeof ShowSchema>;

export const CharacterListSchema = z.object({ characters: z.array(CharacterSummarySchema) });
export type CharacterList = z.infer<typeof CharacterListSchema>;

export const ActorListSchema = z.object({ actors: z.array(ActorSummarySchema) });
export type ActorList = z.infer<typeof ActorListSchema>;

export const ErrorBodySchema = z.object({ status: z.number(), message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
