import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/mock-api/db';
import { dataset } from '../../src/mock-api/dataset';
import { buildFeeds, rfc3339 } from '../../src/mock-api/feeds';

const SITE = 'https://wiki.example';
const feeds = buildFeeds(createDb(dataset), SITE);
/** RFC 3339 date-time, as Atom's updated and published require. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => name === 'entry' || name === 'link',
});

interface AtomLink {
  rel?: string;
  type?: string;
  href?: string;
}
interface AtomEntry {
  id?: string;
  title?: string;
  updated?: string;
  published?: string;
  link?: AtomLink[];
  summary?: string;
}
interface AtomFeed {
  xmlns?: string;
  id?: string;
  title?: string;
  updated?: string;
  author?: { name?: string };
  link?: AtomLink[];
  entry?: AtomEntry[];
}

function parse(xml: string): AtomFeed {
  const validation = XMLValidator.validate(xml);
  expect(validation).toBe(true);
  return (parser.parse(xml) as { feed: AtomFeed }).feed;
}

describe('Atom feeds', () => {
  it('writes one for the show, and one per character and per actor', () => {
    const paths = feeds.map((f) => f.path);
    expect(paths).toContain('/feed.xml');
    expect(paths).toContain('/characters/samar-shah/feed.xml');
    expect(paths).toContain('/actors/randeep-rai/feed.xml');
    expect(paths.length).toBe(1 + dataset.characters.length + dataset.actors.length);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('keeps every feed to the Atom rules readers depend on', () => {
    const allIds = new Set<string>();
    for (const { path, xml } of feeds) {
      const feed = parse(xml);
      const problems: string[] = [];
      if (feed.xmlns !== 'http://www.w3.org/2005/Atom') problems.push('not in the Atom namespace');
      if (!feed.id || allIds.has(feed.id)) problems.push(`feed id ${feed.id}`);
      if (feed.id) allIds.add(feed.id);
      if (!feed.title) problems.push('no title');
      if (!feed.updated || !RFC3339.test(feed.updated)) problems.push(`updated ${feed.updated}`);
      if (!feed.author?.name) problems.push('no author');
      const self = feed.link?.find((l) => l.rel === 'self');
      if (self?.href !== SITE + path) problems.push(`self link ${self?.href}`);
      if (!feed.link?.some((l) => l.rel === 'alternate' && l.href?.startsWith(SITE)))
        problems.push('no link to its page');
      const ids = new Set<string>();
      for (const entry of feed.entry ?? []) {
        const where = `entry ${entry.id}`;
        if (!entry.id?.startsWith('tag:anupamaa-wiki,2026:')) problems.push(`${where}: id`);
        if (entry.id && ids.has(entry.id)) problems.push(`${where}: id not unique`);
        if (entry.id) ids.add(entry.id);
        if (!entry.title) problems.push(`${where}: no title`);
        if (!entry.updated || !RFC3339.test(entry.updated)) problems.push(`${where}: updated`);
        if (!entry.published || !RFC3339.test(entry.published))
          problems.push(`${where}: published`);
        if (entry.updated && feed.updated && entry.updated > feed.updated)
          problems.push(`${where}: newer than its feed`);
        const link = entry.link?.find((l) => l.rel === 'alternate');
        if (!link?.href?.startsWith(SITE)) problems.push(`${where}: no link back to the wiki`);
      }
      expect({ path, problems }).toEqual({ path, problems: [] });
    }
  });

  it('lists the show\u2019s cast changes and leaps newest first, with stable ids', () => {
    const feed = parse(feeds.find((f) => f.path === '/feed.xml')?.xml ?? '');
    const entries = feed.entry ?? [];
    expect(entries.length).toBeGreaterThan(30);
    const published = entries.map((e) => e.published ?? '');
    expect([...published].sort().reverse()).toEqual(published);
    expect(entries.some((e) => e.id?.includes(':leap/'))).toBe(true);
    const aryan = entries.find(
      (e) => e.id === 'tag:anupamaa-wiki,2026:event/2025-05-died-in-story-aryan-kothari',
    );
    expect(aryan?.title).toBe('Died in story: Aryan Kothari, Randeep Rai (May 2025)');
    expect(aryan?.link?.[0]?.href).toBe(`${SITE}/characters/aryan-kothari`);
    // The same data builds the same ids: a reader never sees an entry twice.
    const again = parse(buildFeeds(createDb(dataset), SITE)[0]?.xml ?? '');
    expect(again.entry?.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it("follows a character: Samar's cast changes and the rumours about him", () => {
    const feed = parse(feeds.find((f) => f.path === '/characters/samar-shah/feed.xml')?.xml ?? '');
    expect(feed.title).toBe('Samar Shah: cast changes and rumours · Anupamaa Wiki');
    const titles = (feed.entry ?? []).map((e) => e.title ?? '');
    expect(titles).toContainEqual(expect.stringMatching(/^Terminated: Samar Shah, Paras Kalnawat/));
    expect(titles).toContainEqual(expect.stringMatching(/^Rumour, denied: Sagar Parekh to return/));
  });

  it('escapes text, so a name with an ampersand or quote stays well-formed', () => {
    expect(rfc3339('2022-07')).toBe('2022-07-01T00:00:00Z');
    for (const { xml } of feeds) expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});
