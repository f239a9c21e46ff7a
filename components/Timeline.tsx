// The reader's timeline in the popup: filters (text, partner with counts, domain, name), then
// the stories grouped by partner — the current story's partners first — and by month, newest
// first, the current story marked in its place. Each story opens its page in a new tab.
// Receives data and callbacks only; page strings are rendered as text.
// The first render of a ready timeline holds a screenful of entries (FIRST_SCREEN); the others
// follow right after that frame is painted, so a long history costs the first paint no more than
// a short one.
import { useEffect, useState } from 'preact/hooks';
import type { CardEntity, CardStory } from '@/components/EntityCard';
import { HighlightedText } from '@/components/HighlightedText';
import type { Translate } from '@/lib/i18n';
import {
  type EntryMention,
  entryDay,
  groupByMonth,
  type MonthGroup,
  type TimelineCounts,
  type TimelineEntry,
} from '@/lib/timeline';
import type { Domain } from '@/lib/types';
import { ActiveFilters, type TimelineFilters } from './ActiveFilters';
import { safeHref } from './EntityCard';
import { dayName, domainName, hostOf, monthName, partnerFlag, partnerName } from './labels';

/** Entries in the first frame: more than the popup (600 px at most) shows above the fold. */
export const FIRST_SCREEN = 4;

export interface GroupView {
  /** ISO code, or NO_PARTNER */
  partner: string;
  /** stories of this partner matching the filters */
  count: number;
  /** loaded entries, newest first (null: not loaded yet) */
  entries: TimelineEntry[] | null;
  /** more of its first entries are on their way (no "show more" meanwhile) */
  more?: boolean;
}

export interface TimelineView {
  status: 'loading' | 'ready';
  /** stories matching the filters */
  total: number;
  /** stories matching the filters but the partner */
  allCount: number;
  /** stories in the whole store */
  stored: number;
  counts: TimelineCounts;
  groups: GroupView[];
  /** how many groups are shown (the rest behind "other countries") */
  shownGroups: number;
}

export interface TimelineProps {
  view: TimelineView;
  filters: TimelineFilters;
  /** is this entry the story of the current tab? */
  isCurrent?: (entry: TimelineEntry) => boolean;
  onFilters: (next: TimelineFilters) => void;
  onShowMore: (partner: string) => void;
  onMoreGroups: () => void;
  t: Translate;
  locale: string;
  storiesFor?: (entityId: string) => CardStory[];
}

function mentionsIn(entry: TimelineEntry, field: EntryMention['field']) {
  return entry.mentions.filter((m) => m.field === field).map(({ start, end, entityId }) => ({ start, end, entityId }));
}

function entitiesOf(entry: TimelineEntry): Record<string, CardEntity> {
  const out: Record<string, CardEntity> = {};
  for (const e of entry.entities) out[e.id] = e;
  return out;
}

function EntryRow({
  entry,
  current,
  t,
  locale,
  storiesFor,
}: {
  entry: TimelineEntry;
  current: boolean;
  t: Translate;
  locale: string;
  storiesFor?: (entityId: string) => CardStory[];
}) {
  const href = safeHref(entry.url);
  const entities = entitiesOf(entry);
  const day = dayName(entry.date ?? entry.published, locale);
  const host = hostOf(entry.url);
  return (
    <li
      class={current ? 'entry current' : 'entry'}
      data-id={entry.id}
      data-day={entryDay(entry)}
      aria-current={current ? 'true' : undefined}
    >
      {current && <p class="current-badge">{t('popupCurrent')}</p>}
      <p class="entry-title">
        <HighlightedText
          text={entry.title}
          mentions={mentionsIn(entry, 'title')}
          entities={entities}
          t={t}
          locale={locale}
          storiesFor={storiesFor}
        />
      </p>
      {entry.summary && (
        <p class="entry-summary">
          <HighlightedText
            text={entry.summary}
            mentions={mentionsIn(entry, 'summary')}
            entities={entities}
            t={t}
            locale={locale}
            storiesFor={storiesFor}
          />
        </p>
      )}
      <p class="entry-meta">
        {href ? (
          <a
            class="entry-link"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('popupOpen', entry.title)}
          >
            {[day, host].filter(Boolean).join(' · ') || entry.title} <span aria-hidden="true">↗</span>
          </a>
        ) : (
          <span>{day}</span>
        )}
        {entry.partners.map((p) => (
          <span class="tag" key={p} title={partnerName(p, locale, t)}>
            {partnerFlag(p)} {p}
          </span>
        ))}
        {entry.domains.map((d) => (
          <span class="tag" key={d}>
            {domainName(d, t)}
          </span>
        ))}
      </p>
    </li>
  );
}

function Filters({ view, filters, onFilters, t, locale }: TimelineProps) {
  const set = (change: Partial<TimelineFilters>) => onFilters({ ...filters, ...change });
  return (
    <section class="filters" aria-label={t('popupFilters')}>
      <label class="search">
        <span class="visually-hidden">{t('popupFilterText')}</span>
        <input
          type="search"
          name="text"
          value={filters.text ?? ''}
          placeholder={t('popupFilterText')}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <fieldset class="partner-filter">
        <legend>{t('popupFilterPartner')}</legend>
        <button
          type="button"
          class="chip"
          data-partner=""
          aria-pressed={!filters.partner}
          onClick={() => set({ partner: undefined })}
        >
          {t('popupAllPartners')} <span class="count">{view.allCount}</span>
        </button>
        {view.counts.partners.map((c) => (
          <button
            type="button"
            class="chip"
            key={c.key}
            data-partner={c.key}
            aria-pressed={filters.partner === c.key}
            onClick={() => set({ partner: filters.partner === c.key ? undefined : c.key })}
          >
            {partnerFlag(c.key)} {partnerName(c.key, locale, t)} <span class="count">{c.count}</span>
          </button>
        ))}
      </fieldset>
      <div class="filter-row">
        <label>
          <span class="visually-hidden">{t('popupFilterDomain')}</span>
          <select
            name="domain"
            value={filters.domain ?? ''}
            onChange={(e) => set({ domain: ((e.currentTarget as HTMLSelectElement).value || undefined) as Domain })}
          >
            <option value="">{t('popupAllDomains')}</option>
            {view.counts.domains.map((c) => (
              <option value={c.key} key={c.key}>
                {domainName(c.key, t)} ({c.count})
              </option>
            ))}
          </select>
        </label>
        <ActiveFilters filters={filters} onFilters={onFilters} t={t} />
      </div>
    </section>
  );
}

export function Timeline(props: TimelineProps) {
  const { view, isCurrent, onShowMore, onMoreGroups, t, locale, storiesFor } = props;
  const empty = view.status === 'ready' && view.stored === 0;
  // a screenful first; the rest once it is painted (effects run after the paint)
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (view.status === 'ready' && !complete) setComplete(true);
  }, [view.status, complete]);
  let budget = complete ? Number.POSITIVE_INFINITY : FIRST_SCREEN;
  const shown = view.groups.slice(0, view.shownGroups).map((g) => {
    if (budget <= 0) return null; // this group and the next ones: in the next frame
    const months: MonthGroup[] = [];
    let count = 0;
    for (const m of g.entries ? groupByMonth(g.entries) : []) {
      if (budget <= 0) break;
      const entries = m.entries.length > budget ? m.entries.slice(0, budget) : m.entries;
      budget -= entries.length;
      count += entries.length;
      months.push({ month: m.month, entries });
    }
    // some of its entries wait for the next frame (and so does its "show more")
    return { group: g, months, cut: count < (g.entries?.length ?? 0) };
  });
  return (
    <section
      class="timeline"
      aria-label={t('popupTimeline')}
      data-state={view.status}
      aria-busy={view.status === 'ready' && !complete ? 'true' : undefined}
    >
      <h2>
        {t('popupTimeline')} <span class="count">{t('popupStories', String(view.total))}</span>
      </h2>
      {empty ? (
        <p class="notice empty-timeline">{t('popupTimelineEmpty')}</p>
      ) : (
        <>
          <Filters {...props} />
          {view.status === 'ready' && view.total === 0 && <p class="notice">{t('popupNoMatch')}</p>}
          {shown.map((s) =>
            s === null ? null : (
              <section
                class="partner-group"
                key={s.group.partner}
                data-partner={s.group.partner}
                aria-label={partnerName(s.group.partner, locale, t)}
              >
                <h3>
                  <span aria-hidden="true">{partnerFlag(s.group.partner)}</span>{' '}
                  {partnerName(s.group.partner, locale, t)} <span class="count">{s.group.count}</span>
                </h3>
                {s.months.map((m) => (
                  <div class="month" key={m.month ?? 'none'}>
                    <h4>{monthName(m.month, locale, t)}</h4>
                    <ol class="entries">
                      {m.entries.map((e) => (
                        <EntryRow
                          key={e.id}
                          entry={e}
                          current={isCurrent?.(e) ?? false}
                          t={t}
                          locale={locale}
                          storiesFor={storiesFor}
                        />
                      ))}
                    </ol>
                  </div>
                ))}
                {!s.cut && !s.group.more && s.group.entries && s.group.entries.length < s.group.count && (
                  <button type="button" class="link-button show-more" onClick={() => onShowMore(s.group.partner)}>
                    {t('popupShowMore', String(s.group.count - s.group.entries.length))}
                  </button>
                )}
              </section>
            ),
          )}
          {budget > 0 && view.groups.length > view.shownGroups && (
            <button type="button" class="link-button more-groups" onClick={onMoreGroups}>
              {t('popupMoreGroups', String(view.groups.length - view.shownGroups))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
