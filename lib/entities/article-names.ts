// The names an article card lists: the article's own — title, lead, body, captions — people
// first, then organisations, then places, each most mentioned first. Names seen only in the
// "Voir plus" teasers belong to those stories, not to this one; countries are the card's partners.

import { mentionCountOf } from '../trim-for-message';
import type { Entity } from '../types';

const ORDER: Record<string, number> = { person: 0, organization: 1, place: 2 };

/**
 * Mentions of the entity in the article. Teaser mentions are never cut from a message
 * (lib/trim-for-message.ts), so the article's count is the total less the teasers'.
 */
export function articleMentionCount(entity: Entity): number {
  const inTeasers = entity.mentions.filter((m) => m.in === 'related').length;
  return mentionCountOf(entity) - inTeasers;
}

export function articleNames(entities: Entity[], max = 12): Entity[] {
  return entities
    .filter((e) => e.type in ORDER)
    .map((e) => ({ e, n: articleMentionCount(e), teaser: e.mentions.some((m) => m.in === 'related') }))
    .filter(({ n, teaser }) => n > 0 || !teaser)
    .sort((a, b) => (ORDER[a.e.type] ?? 3) - (ORDER[b.e.type] ?? 3) || b.n - a.n || a.e.name.localeCompare(b.e.name))
    .slice(0, max)
    .map(({ e }) => e);
}
