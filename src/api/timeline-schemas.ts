/**
 * The timeline's part of the contract: what `GET /api/timeline` answers (the change log, the
 * stints and what a chart needs to draw them), and `GET /api/cast-timeline` (the same without the
 * change log). Kept apart from schemas.ts, whose resources it is made of.
 */
import * as z from 'zod/mini';
import {
  HouseholdSchema,
  LeapRefSchema,
  PartialDateSchema,
  PortrayalSchema,
  TimelineEventSchema,
} from './schemas';

/** A chart row's character: enough to label the row and group it by family. */
export const TimelineCharacterSchema = z.object({
  id: z.string(),
  name: z.string(),
  household: HouseholdSchema,
});
export type TimelineCharacter = z.infer<typeof TimelineCharacterSchema>;

/** The dates a chart draws as reference lines. */
export const TimelineMarkersSchema = z.object({
  premiere: z.nullable(PartialDateSchema),
  leaps: z.array(LeapRefSchema),
  /** The date of the newest source in the dataset: nothing later can be known. */
  asOf: PartialDateSchema,
});
export type TimelineMarkers = z.infer<typeof TimelineMarkersSchema>;

/**
 * What the cast on any day is computed from (`GET /api/cast-timeline`): the unfiltered timeline
 * without its change log, which the cast page never shows. Its page embeds this for any date to be
 * answered without a request, and the log was 93 of its 227 KB.
 */
export const CastTimelineSchema = z.object({
  /** Every stint (on the timeline, those matching its query), for charts, tables and casts. */
  portrayals: z.array(PortrayalSchema),
  /**
   * The characters the query concerns, in the dataset's order (leads first): all of them
   * unfiltered, or the one asked for, or those the asked-for actor played. One may have no stint.
   */
  characters: z.array(TimelineCharacterSchema),
  markers: TimelineMarkersSchema,
});
export type CastTimeline = z.infer<typeof CastTimelineSchema>;

export const TimelineSchema = z.extend(CastTimelineSchema, {
  events: z.array(TimelineEventSchema),
});
export type Timeline = z.infer<typeof TimelineSchema>;
