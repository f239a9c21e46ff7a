// What the content script sends the background: the analysis, with each name's mentions in the
// article's body and captions cut to the first few. The background uses mentions only for
// titles, leads and teasers (the timeline's highlighted names) and for counts; the content script
// keeps the full analysis for highlighting. On a 5,000-paragraph page this turns 25,000 mention
// objects (a 60 ms message serialisation in the page, 3 MB kept per tab) into a few hundred.

import type { Analysis, Entity } from './types';

/** Body and caption mentions kept per name. */
export const BODY_MENTIONS_KEPT = 20;

const BODY = new Set(['paragraph', 'caption']);

export function trimForMessage(analysis: Analysis): Analysis {
  let cut = false;
  const entities = analysis.entities.map((entity): Entity => {
    let body = 0;
    const mentions = entity.mentions.filter((m) => !BODY.has(m.in) || ++body <= BODY_MENTIONS_KEPT);
    if (mentions.length === entity.mentions.length) return entity;
    cut = true;
    return { ...entity, mentions, mentionCount: entity.mentionCount ?? entity.mentions.length };
  });
  return cut ? { ...analysis, entities } : analysis;
}

/** How many times a name occurs on its page, whether or not its mentions were cut. */
export function mentionCountOf(entity: Entity): number {
  return entity.mentionCount ?? entity.mentions.length;
}
