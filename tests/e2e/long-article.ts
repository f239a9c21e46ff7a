// The very long article both browsers' highlight tests load: 1,500 paragraphs, past the 300 blocks
// Readability is given, and how many marks the page must end with — every mention the same
// analysis finds in Node (jsdom).

import { analysePage } from '../../lib/analyse';
import { parseHtml } from '../../lib/node-dom';
import { longPage } from '../support/generated';

export const LONG_PARAGRAPHS = 1500;
export const LONG_HOST = 'fr.vietnamplus.vn';
export const LONG_PATH = '/long-e2e-post1.vnp';
export const LONG_HTML = longPage(LONG_PARAGRAPHS);

export function expectedMarks(url: string): number {
  return analysePage(parseHtml(LONG_HTML, url), url).entities.reduce((k, e) => k + e.mentions.length, 0);
}

/** What the last paragraph must read, marks apart: the page's own text. */
export const LAST_PARAGRAPH_START = `Paragraphe ${LONG_PARAGRAPHS - 1} : à Phnom Penh, le vice-Premier ministre Sar Kheng a rencontré Hun Sen`;
