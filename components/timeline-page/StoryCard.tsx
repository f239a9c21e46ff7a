// The card of a mark (title, date, domains, summary, names) or of a bin (its period, count and
// first titles), with the entity card's look (entity-card.css). Page strings are text only.
import type { Translate } from '@/lib/i18n';
import type { TimelineEntry } from '@/lib/timeline';
import type { Level } from '@/lib/timeline/axis';
import { safeHref } from '../EntityCard';
import { dayName, domainName } from '../labels';
import { periodName, storiesLabel } from './chart-names';
import type { ChartItem } from './layout';

export interface StoryCardProps {
  id: string;
  item: ChartItem;
  /** the whole entry of a mark, once read (null: not yet, or unreadable) */
  entry: TimelineEntry | null;
  level: Level;
  left: number;
  top: number;
  t: Translate;
  locale: string;
  onEntity: (entity: { id: string; name: string }) => void;
}

export function StoryCard({ id, item, entry, level, left, top, t, locale, onEntity }: StoryCardProps) {
  const style = { left: `${left}px`, top: `${top}px` };
  if (item.kind === 'bin') {
    const { bin } = item;
    return (
      <div id={id} role="tooltip" class="vna-lens-card vna-lens-place tl-card" style={style}>
        <p class="vna-lens-card-name">{periodName(bin.start, bin.end, level, locale, t)}</p>
        <p class="vna-lens-card-type">{storiesLabel(bin.count, t)}</p>
        {bin.stories.length > 0 && (
          <section class="vna-lens-card-stories">
            <ul>
              {bin.stories.map((s) => (
                <li key={s.id}>
                  <span>{s.title}</span>
                  <span class="vna-lens-card-date"> · {dayName(s.day, locale) ?? s.day}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    );
  }
  const { row } = item;
  const href = safeHref(row.url);
  return (
    <div id={id} role="tooltip" class="vna-lens-card vna-lens-country tl-card" style={style}>
      <p class="vna-lens-card-name">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" tabIndex={-1}>
            {row.title}
          </a>
        ) : (
          row.title
        )}
      </p>
      <p class="vna-lens-card-date">{dayName(row.day, locale) ?? row.day}</p>
      {row.domains.length > 0 && (
        <p class="vna-lens-card-type">{row.domains.map((d) => domainName(d, t)).join(' · ')}</p>
      )}
      {entry?.summary && <p class="tl-card-summary">{entry.summary}</p>}
      {entry && entry.entities.length > 0 && (
        <section class="vna-lens-card-stories">
          <h2>{t('timelineNames')}</h2>
          <ul class="tl-card-names">
            {entry.entities.map((e) => (
              <li key={e.id}>
                <button type="button" class="link-button" onClick={() => onEntity({ id: e.id, name: e.name })}>
                  {e.name}
                </button>
                {e.role && <span class="vna-lens-card-where"> ({e.role})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
