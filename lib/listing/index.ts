// "Compléter la chronologie": VNA's own listing pages (tag and section pages), followed from the
// article's tag links, read into the timeline. Pure logic apart from loadListing (fetch) and the
// content script's TimelineCompleter.

export type { ListingBounds } from './bounds';
export { clampBounds, cutoffDay, DEFAULT_LISTING_BOUNDS } from './bounds';
export type { CrawlProgress, CrawlResult, ListingProblem, PageProblem, SavedCounts } from './crawl';
export { completeTimeline } from './crawl';
export { loadListing } from './fetch';
export { nextPageUrl } from './next';
export { listingTeasers, readListingPage } from './parse';
export type { CompleteAction, CompleteStatus } from './session';
export { TimelineCompleter } from './session';
export type { TagLink } from './tags';
export { partnerTagLinks, tagPartners } from './tags';
