// Which of the timeline's partner groups a page is about: those of its own story.

import type { Analysis } from '../types';
import { NO_PARTNER } from './counts';

/** Whether the popup shows this analysis as a page of its own (a VNA page, or one with an article). */
export function isShownAnalysis(analysis: Analysis | null): analysis is Analysis {
  return Boolean(analysis && (analysis.page.isVna || analysis.article));
}

/**
 * The partners whose groups come first in the popup: those of the page's own story (its
 * article), or the group of stories without a partner; none when the page has no article story.
 */
export function focusPartners(analysis: Analysis | null): string[] {
  const story = isShownAnalysis(analysis) ? analysis.stories.find((s) => s.origin === 'article') : undefined;
  if (!story) return [];
  return story.partners.length ? story.partners : [NO_PARTNER];
}
