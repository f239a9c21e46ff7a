// What the second reviewer R42 found in the thirty-seventh round's feed rules: pages of ordinary
// shape those rules read worse than the code before them (tests/fixtures/review42, the reviewer's own
// pages with their truth). The first two fail on the rules the reviewer read (99c800a6); the third, a
// page the reviewer found read right, stays as a guard.
import { describe, expect, it } from 'vitest';
import { readReviewPage } from '../support/layout-pages';

const read = (name: string) => readReviewPage('review42', name);

describe('a feed in two parts, and a disclosure in a card', () => {
  it("a sidebar's first box, unnamed, is not the feed's second part: it opens the next column", () => {
    for (const name of ['r42-sidebar-unlabeled-nosplit-lcv', 'r42-sidebar-unlabeled-mostread-lcv']) {
      const page = read(name);
      expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
    }
  });

  it('a card that folds its summary under "Résumé" keeps its title link as the headline', () => {
    const page = read('r42-details-resume-cards-voirplus-vnp');
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
  });

  it('a card wrapper a script opens (data-link) around its title link keeps its title', () => {
    const page = read('r42-datalink-cardwrapper-voirplus-vnp');
    expect(page.feed.map((r) => r.title)).toEqual(page.truth.feed);
  });
});
