import type { Portrayal } from '../src/api/schemas';

/**
 * A stint for the timeline's unit tests: `id` is `character--actor-slug`, and only the dates (and
 * kind) that matter to a test are given; everything else takes a neutral value.
 */
export function stint(
  id: string,
  character: string | { id: string; name: string },
  dates: Partial<Pick<Portrayal, 'from' | 'to' | 'status' | 'asOf' | 'kind'>>,
): Portrayal {
  const actor = id.split('--')[1] ?? id;
  const ref = typeof character === 'string' ? { id: character, name: character } : character;
  return {
    id,
    character: { id: ref.id, name: ref.name },
    actor: { id: actor, name: actor.replace(/-/g, ' ') },
    kind: 'original',
    from: null,
    to: null,
    status: 'ended',
    asOf: null,
    exitReason: null,
    exitDetail: null,
    replaces: null,
    replacedBy: null,
    confidence: 'high',
    dispute: null,
    note: null,
    sources: [],
    ...dates,
  };
}
