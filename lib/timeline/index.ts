// The reader's timeline of stories: entries, merging, queries, groups, counts, relatedness.
// Pure functions only; storage lives in lib/store.

export type { TimelineCounts } from './counts';
export { countsFromTables, countsOfEntries, matchQuery, NO_PARTNER } from './counts';
export type { EntryEntity, EntryMention, TimelineEntry } from './entry';
export {
  entriesFromAnalysis,
  mergeEntries,
  mergeEntry,
  sameStory,
  searchTextOf,
} from './entry';
export type { ExportedEntry, ParsedExport, TimelineExport } from './export';
export {
  CSV_COLUMNS,
  csvCell,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  entryProblem,
  exportedEntry,
  importedEntry,
  isDomain,
  parseTimelineExport,
  timelineToCsv,
  timelineToJson,
} from './export';
export { focusPartners, isShownAnalysis } from './focus';
export type { Count, MonthGroup, PartnerGroup, TimelineQuery } from './query';
export {
  compareNewestFirst,
  domainCounts,
  entryDay,
  groupByMonth,
  groupByPartner,
  partnerCounts,
  queryTimeline,
  queryWords,
  relatedTo,
  sortNewestFirst,
} from './query';
