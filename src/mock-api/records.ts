/**
 * The shape of the stored dataset. Records are normalised: they point at each other by id and at
 * their sources by URL; the handlers join them into the contract's page-shaped responses. The
 * contract test parses every record with these schemas.
 */
import * as z from 'zod/mini';
import {
  ConfidenceSchema,
  EventTypeSchema,
  ExitReasonSchema,
  HouseholdSchema,
  PartialDateSchema,
  PortrayalKindSchema,
  PortrayalStatusSchema,
  RelationTypeSchema,
  RumourStatusSchema,
} from '../api/schemas';

const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case slugs'));
const Text = z.string().check(z.minLength(1));
/** A source is cited by its URL; `sources.ts` holds its outlet and date. */
const SourceUrls = z.array(z.httpUrl()).check(z.minLength(1));
const DisputeRecordSchema = z.object({ summary: Text, sources: SourceUrls });

export const SourceRecordSchema = z.object({
  url: z.httpUrl(),
  outlet: Text,
  /** The article's title as the stored copy shows it; null where no copy showing it was found. */
  headline: z.nullable(Text),
  published: z.nullable(PartialDateSchema),
});
export type SourceRecord = z.infer<typeof SourceRecordSchema>;

export const CharacterRecordSchema = z.object({
  id: Id,
  name: Text,
  otherNames: z.array(Text),
  nicknames: z.array(Text),
  household: HouseholdSchema,
  lead: z.boolean(),
  description: Text,
  status: Text,
  note: z.nullable(Text),
  dispute: z.nullable(DisputeRecordSchema),
  confidence: z.nullable(ConfidenceSchema),
  relations: z.array(z.object({ type: RelationTypeSchema, character: Id })),
  sources: SourceUrls,
});
export type CharacterRecord = z.infer<typeof CharacterRecordSchema>;

export const ActorRecordSchema = z.object({
  id: Id,
  name: Text,
  alsoKnownAs: z.array(Text),
  note: z.nullable(Text),
  died: z.nullable(z.object({ date: PartialDateSchema, detail: z.nullable(Text) })),
  confidence: z.nullable(ConfidenceSchema),
  otherWork: z.array(z.object({ title: Text, detail: z.nullable(Text) })),
  sources: SourceUrls,
});
export type ActorRecord = z.infer<typeof ActorRecordSchema>;

export const PortrayalRecordSchema = z.object({
  id: z.string(),
  character: Id,
  actor: Id,
  kind: PortrayalKindSchema,
  from: z.nullable(PartialDateSchema),
  to: z.nullable(PartialDateSchema),
  status: PortrayalStatusSchema,
  asOf: z.nullable(PartialDateSchema),
  exitReason: z.nullable(ExitReasonSchema),
  exitDetail: z.nullable(Text),
  /** Portrayal ids, so a recast names the exact stint on either side. */
  replaces: z.nullable(z.string()),
  replacedBy: z.nullable(z.string()),
  confidence: ConfidenceSchema,
  dispute: z.nullable(DisputeRecordSchema),
  note: z.nullable(Text),
  sources: SourceUrls,
});
export type PortrayalRecord = z.infer<typeof PortrayalRecordSchema>;

export const EventRecordSchema = z.object({
  id: Id,
  date: PartialDateSchema,
  dateUntil: z.nullable(PartialDateSchema),
  type: EventTypeSchema,
  summary: Text,
  characters: z.array(Id),
  actors: z.array(Id),
  confidence: ConfidenceSchema,
  sources: SourceUrls,
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const LeapRecordSchema = z.object({
  id: Id,
  label: Text,
  aired: z.nullable(PartialDateSchema),
  airedNote: z.nullable(Text),
  /** How much story time the leap skips, as the sources put it; null where none says. */
  duration: z.nullable(Text),
  summary: Text,
  confidence: ConfidenceSchema,
  dispute: z.nullable(DisputeRecordSchema),
  sources: SourceUrls,
});
export type LeapRecord = z.infer<typeof LeapRecordSchema>;

const SourcedTextRecord = z.object({
  value: Text,
  note: z.nullable(Text),
  dispute: z.nullable(DisputeRecordSchema),
  sources: SourceUrls,
});
const SourcedDateRecord = z.object({
  value: z.nullable(PartialDateSchema),
  note: z.nullable(Text),
  sources: SourceUrls,
});

export const ShowRecordSchema = z.object({
  id: Id,
  title: Text,
  alternateTitles: z.array(Text),
  premise: SourcedTextRecord,
  channel: SourcedTextRecord,
  language: SourcedTextRecord,
  premiere: SourcedDateRecord,
  shootingBegan: SourcedDateRecord,
  producers: z.object({ names: z.array(Text), note: z.nullable(Text), sources: SourceUrls }),
  productionCompany: SourcedTextRecord,
  writers: z.array(z.object({ name: Text, role: Text, sources: SourceUrls })),
  basedOn: SourcedTextRecord,
  siblingAdaptations: z.array(
    z.object({
      title: Text,
      language: Text,
      channel: Text,
      started: z.nullable(PartialDateSchema),
      note: z.nullable(Text),
      sources: SourceUrls,
    }),
  ),
  streaming: SourcedTextRecord,
  prequel: z.object({
    title: Text,
    platform: Text,
    premiere: z.nullable(PartialDateSchema),
    episodes: z.nullable(z.number()),
    setting: Text,
    sources: SourceUrls,
  }),
  timeslot: SourcedTextRecord,
  status: z.object({
    value: z.enum(['ongoing', 'ended']),
    asOf: PartialDateSchema,
    sources: SourceUrls,
  }),
  episodes: SourcedTextRecord,
  milestones: z.array(
    z.object({
      date: PartialDateSchema,
      dateUntil: z.nullable(PartialDateSchema),
      what: Text,
      sources: SourceUrls,
    }),
  ),
  disputes: z.array(z.object({ topic: Text, detail: Text, sources: SourceUrls })),
  unplacedCast: z.array(z.object({ name: Text, detail: Text, sources: SourceUrls })),
  gaps: z.array(Text),
});
export type ShowRecord = z.infer<typeof ShowRecordSchema>;

/** A credit the wiki once had wrong, and the credit that replaced it. */
export const CorrectionRecordSchema = z.object({
  id: Id,
  date: PartialDateSchema,
  wrong: z.nullable(z.object({ actor: Id, character: Id })),
  right: z.object({ actor: Id, character: Id }),
  summary: Text,
  sources: SourceUrls,
});
export type CorrectionRecord = z.infer<typeof CorrectionRecordSchema>;

/**
 * One dispute source read against a stored copy of the article: does it say what the dispute
 * says it says? `not-found` means no stored copy turned up, so the source is kept but unverified.
 */
export const DisputeCheckRecordSchema = z.object({
  record: Text,
  url: z.httpUrl(),
  verdict: z.enum(['supports', 'does-not-support', 'not-found']),
  note: z.nullable(Text),
  checked: PartialDateSchema,
});
export type DisputeCheckRecord = z.infer<typeof DisputeCheckRecordSchema>;

/** A source URL that looks cut off, and what a check of stored copies found. */
export const UrlCheckRecordSchema = z.object({
  url: z.httpUrl(),
  verdict: z.enum(['whole', 'cut-off']),
  note: Text,
  checked: PartialDateSchema,
});
export type UrlCheckRecord = z.infer<typeof UrlCheckRecordSchema>;

export const RumourRecordSchema = z.object({
  id: Id,
  date: PartialDateSchema,
  claim: Text,
  characters: z.array(Id),
  actors: z.array(Id),
  status: RumourStatusSchema,
  outcome: z.nullable(Text),
  /** Confirmed rumours name the stints and events that bore them out. */
  confirmedBy: z.nullable(z.object({ portrayals: z.array(z.string()), events: z.array(Id) })),
  denial: z.nullable(z.object({ by: Text, date: z.nullable(PartialDateSchema) })),
  sources: SourceUrls,
});
export type RumourRecord = z.infer<typeof RumourRecordSchema>;
