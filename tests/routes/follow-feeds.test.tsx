import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../render-route';

/** The feed the page announces to browsers and feed readers, from the document's head. */
function announcedFeed(): Element | null {
  return document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
}

describe('following the wiki', () => {
  it('tells on the home page how current the data is, and offers the feed of every change', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
    // The newest dated source in the dataset.
    expect(screen.getByText(/^Latest report:/)).toHaveTextContent('Latest report: 13 Mar 2026');
    const follow = screen.getByRole('link', { name: 'Follow every cast change and leap' });
    expect(follow).toHaveAttribute('href', '/feed.xml');
    expect(follow.parentElement).toHaveTextContent(
      /a feed reader, an app that checks sites for you/,
    );
    expect(announcedFeed()).toHaveAttribute('href', '/feed.xml');
  });

  it("offers a character's own feed on the character's page", async () => {
    renderRoute('/characters/samar-shah');
    await screen.findByRole('heading', { level: 1, name: 'Samar Shah' });
    expect(screen.getByRole('link', { name: 'Follow Samar Shah' })).toHaveAttribute(
      'href',
      '/characters/samar-shah/feed.xml',
    );
    expect(announcedFeed()).toHaveAttribute('href', '/characters/samar-shah/feed.xml');
  });

  it("offers an actor's own feed on the actor's page", async () => {
    renderRoute('/actors/randeep-rai');
    await screen.findByRole('heading', { level: 1, name: 'Randeep Rai' });
    expect(screen.getByRole('link', { name: 'Follow Randeep Rai' })).toHaveAttribute(
      'href',
      '/actors/randeep-rai/feed.xml',
    );
  });
});
