// Stories of one analysed page: the article itself, then each related teaser, as timeline entries
// with partners, domains, cooperation flag, event date and the entities they mention.

import { eventDate } from '../dates';
import { runNow, type Steps } from '../slices';
import type { Article, Entity, RelatedItem, Story } from '../types';
import { isCooperationStory } from './cooperation';
import { findDomains } from './domains';
import { storyId } from './identity';
import { findPartners } from './partners';

export { isCooperationStory } from './cooperation';
export { findDomains } from './domains';
export { canonicalUrl, keyHost, storyId, titleKey, urlKey } from './identity';
export type { CountryHit } from './partners';
export { findCountries, findPartners, isMultilateral } from './partners';

export interface BuildStoriesInput {
  url: string;
  article: Article | null;
  related: RelatedItem[];
  entities: Entity[];
  /** when the reader saw the page (ISO): dates the written days of undated feed teasers */
  seenAt?: string | null;
}

const ARTICLE_FIELDS = new Set(['title', 'lead', 'paragraph', 'caption']);

/**
 * A story's partners, domains and date are read from its title, lead and the first this-many
 * characters of its body and captions: what a story is about is said at its start, and a
 * 5,000-paragraph page then costs what a long article does. (The longest corpus article has
 * 5,900 characters; its entities, found in the whole text, still add their countries.)
 */
export const STORY_TEXT_CHARS = 40_000;

function firstChars(texts: (string | null)[], max: number): (string | null)[] {
  const out: (string | null)[] = [];
  let n = 0;
  for (const t of texts) {
    if (n >= max) break;
    out.push(t);
    n += t?.length ?? 0;
  }
  return out;
}

/** Entities with at least one mention in the article's own texts. */
export function articleEntities(entities: Entity[]): Entity[] {
  return entities.filter((e) => e.mentions.some((m) => ARTICLE_FIELDS.has(m.in)));
}

/** Entities with at least one mention in related item `index`. */
export function relatedEntities(entities: Entity[], index: number): Entity[] {
  return entities.filter((e) => e.mentions.some((m) => m.in === 'related' && m.index === index));
}

function story(
  base: { id: string; title: string; url: string | null; origin: Story['origin'] },
  texts: { title: string; lead: string | null; body: (string | null)[] },
  published: string | null,
  entities: Entity[],
  seenAt: string | null = null,
): Story {
  const body = firstChars(texts.body, STORY_TEXT_CHARS);
  const all = [texts.title, texts.lead, ...body];
  // an article's title and lead say what it is about (its first paragraph, where the page gives
  // neither); a teaser is all head
  const head = texts.title || texts.lead ? 2 : 3;
  const partners = findPartners(all, entities, base.origin === 'article' ? { head } : {});
  const when = eventDate(all.filter((t): t is string => Boolean(t)).join('\n'), published, { seenAt });
  return {
    ...base,
    date: when.date,
    dateSource: when.source,
    partners,
    domains: findDomains({ title: texts.title, lead: texts.lead, body }),
    isCooperation: isCooperationStory(all, partners),
    entityIds: entities.map((e) => e.id),
  };
}

/** One story for the article (origin 'article', url = page url), then one per related item, in order. */
export function buildStories(input: BuildStoriesInput): Story[] {
  return runNow(storySteps(input));
}

/** buildStories as small steps (lib/slices.ts): one story per step. */
export function* storySteps(input: BuildStoriesInput): Steps<Story[]> {
  const out: Story[] = [];
  const { article } = input;
  if (article) {
    out.push(
      story(
        { id: storyId(input.url, article.title), title: article.title, url: input.url, origin: 'article' },
        { title: article.title, lead: article.lead, body: [...article.paragraphs, ...article.captions] },
        article.published,
        articleEntities(input.entities),
      ),
    );
  }
  for (const [i, item] of input.related.entries()) {
    yield;
    out.push(
      story(
        { id: storyId(item.url, item.title), title: item.title, url: item.url, origin: item.origin },
        { title: item.title, lead: item.summary, body: [item.caption] },
        item.published,
        relatedEntities(input.entities, i),
        item.origin === 'feed' ? (input.seenAt ?? null) : null, // a "Lire aussi" link may be years old
      ),
    );
  }
  return out;
}
