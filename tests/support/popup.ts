// Analyses shaped like those the content script sends, for the popup's tests.
import { storyId } from '../../lib/stories';
import type { Analysis } from '../../lib/types';

/** A VNA article page whose own story has these partners. */
export function articleAnalysis(partners: string[], title = 'Le Vietnam et ses partenaires', post = 1): Analysis {
  const url = `https://fr.vietnamplus.vn/${partners.join('-').toLowerCase() || 'none'}-post${post}.vnp`;
  return {
    url,
    page: { isVna: true, site: 'fr.vietnamplus.vn', lang: 'fr', kind: 'article', signals: [] },
    article: {
      title,
      lead: 'Chapô',
      paragraphs: ['p'],
      captions: [],
      published: '2026-03-02T08:00:00+07:00',
      dateline: null,
      source: 'VNA',
    },
    related: [],
    entities: [],
    stories: [
      {
        id: storyId(url, title),
        title,
        url,
        origin: 'article',
        date: '2026-03-02',
        dateSource: 'text',
        partners,
        domains: ['diplomacy'],
        isCooperation: true,
        entityIds: [],
      },
    ],
  };
}
