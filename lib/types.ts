// The shapes VNA Lens makes of a page. They mirror analysis.schema.json (the contract of
// `npm run analyze`), so what the tests score is exactly what the reader gets.

export type PageKind = 'article' | 'listing' | 'other';

export interface PageInfo {
  isVna: boolean;
  /** host name of the edition, e.g. fr.vietnamplus.vn */
  site: string | null;
  /** BCP 47 language, e.g. fr */
  lang: string | null;
  kind: PageKind;
  /** why the page was (or was not) taken for a VNA page, and why an article may be missing */
  signals: string[];
}

export interface Dateline {
  place: string | null;
  date: string | null;
}

export interface Article {
  title: string;
  /** the sapo, once */
  lead: string | null;
  /** body blocks in order: no title, repeated lead, captions, source line, feed or inline links */
  paragraphs: string[];
  captions: string[];
  /** ISO 8601 */
  published: string | null;
  dateline: Dateline | null;
  /** credit such as VNA, VNA/CVN */
  source: string | null;
}

/** 'listing': a teaser of a VNA tag or section page, read by "Compléter la chronologie" */
export type RelatedOrigin = 'feed' | 'inline' | 'listing';

/** A teaser of another story: the "Voir plus" feed, or an inline ">>" link. */
export interface RelatedItem {
  title: string;
  summary: string | null;
  caption: string | null;
  url: string | null;
  published: string | null;
  origin: RelatedOrigin;
}

export type EntityType = 'person' | 'organization' | 'place' | 'country';

/** Where a mention sits: which text of the analysis, and UTF-16 offsets in it. */
export type MentionField = 'title' | 'lead' | 'paragraph' | 'caption' | 'related';

export interface Mention {
  in: MentionField;
  /** which paragraph, caption or related item (0 for title and lead) */
  index: number;
  start: number;
  end: number;
  text: string;
  /** for `in: 'related'`: which text of the teaser the offsets are in */
  field?: RelatedField;
}

export type RelatedField = 'title' | 'summary' | 'caption';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  mentions: Mention[];
  /** how many mentions the page has, when `mentions` was cut short to cross a message (lib/trim-for-message.ts) */
  mentionCount?: number;
}

export const DOMAINS = [
  'security',
  'defence',
  'diplomacy',
  'party',
  'parliament',
  'economy',
  'culture',
  'health',
  'local',
  'justice',
  'media',
  'education',
  'energy',
] as const;
export type Domain = (typeof DOMAINS)[number];

export type StoryOrigin = 'article' | 'feed' | 'inline' | 'listing';

/** A timeline entry: the article itself, or one of its related teasers. */
export interface Story {
  id: string;
  title: string;
  url: string | null;
  origin: StoryOrigin;
  /** ISO date (YYYY-MM-DD) of the event, or of publication when the text gives none */
  date: string | null;
  dateSource: 'text' | 'published' | null;
  /** ISO 3166-1 alpha-2 codes of Vietnam's partners; never VN */
  partners: string[];
  domains: Domain[];
  isCooperation: boolean;
  entityIds: string[];
}

export interface Analysis {
  url: string;
  page: PageInfo;
  article: Article | null;
  related: RelatedItem[];
  entities: Entity[];
  stories: Story[];
}
