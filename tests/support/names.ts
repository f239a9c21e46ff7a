// Probing the entity rules with sentences: a page of paragraphs, the names found in it, a name
// looked up by any of its forms (diacritics and case folded), and a story's partners.
import { type EntityTexts, findEntities } from '../../lib/entities/index';
import { findPartners } from '../../lib/stories';
import { foldKey } from '../../lib/text/fold';
import type { Entity } from '../../lib/types';

export const page = (...paragraphs: string[]): EntityTexts => ({
  title: '',
  lead: null,
  paragraphs,
  captions: [],
  related: [],
});

export const find = (...paragraphs: string[]): Entity[] => findEntities(page(...paragraphs));

export const named = (es: Entity[], name: string): Entity | undefined =>
  es.find((e) => [e.name, ...e.aliases].some((n) => foldKey(n) === foldKey(name)));

export const names = (es: Entity[], type: Entity['type']): string[] =>
  es.filter((e) => e.type === type).map((e) => e.name);

/** Partners of a teaser of that title and summary, with the names found in it. */
export const partnersOf = (title: string, summary: string): string[] =>
  findPartners([title, summary], findEntities({ ...page(summary), title }));
