// The card that explains a name: its type, role(s) and where they were stated, country, other
// spellings, how often it appears on the page, and the reader's other stories that mention it.
// Shared by the page (in a closed shadow root) and the popup. Page strings are rendered as text
// only; links are kept only when they are http(s).
import type { Translate } from '@/lib/i18n';
import { countryByCode, flagOf } from '@/lib/knowledge/countries';
import type { EntryEntity } from '@/lib/timeline';
import type { EntityType } from '@/lib/types';

/** What the card shows of an entity: the timeline keeps exactly this for each entry's names. */
export type CardEntity = EntryEntity;

export interface CardStory {
  title: string;
  url: string | null;
  date: string | null;
}

export interface EntityCardProps {
  /** the card's element id (the name's aria-describedby points at it) */
  id: string;
  entity: CardEntity;
  occurrences?: number;
  /** roles as stated, with where ("in paragraph 2"); defaults to the entity's role */
  roles?: { role: string; where: string }[];
  /** undefined: not asked (or still loading) — nothing shown; []: none */
  stories?: CardStory[];
  t: Translate;
  locale: string;
}

const TYPE_KEYS = {
  person: 'cardTypePerson',
  organization: 'cardTypeOrganization',
  place: 'cardTypePlace',
  country: 'cardTypeCountry',
} as const;

export const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'country'];

/** Only the four known types make a class name: a hostile value never reaches an attribute. */
export function typeClass(type: EntityType): string {
  return `vna-lens-${TYPES.includes(type) ? type : 'person'}`;
}

/** Only http(s) addresses become links: a page's javascript: or data: URL never does. */
export function safeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function countryLabel(code: string, locale: string): string | null {
  const country = countryByCode(code);
  if (!country) return null;
  const name = locale.toLowerCase().startsWith('fr') ? country.names[0] : country.en;
  return `${flagOf(country.code)} ${name ?? country.code}`.trim();
}

function formatDay(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function EntityCard({ id, entity, occurrences, roles, stories, t, locale }: EntityCardProps) {
  const roleList = roles ?? (entity.role ? [{ role: entity.role, where: '' }] : []);
  const country = entity.country && entity.type !== 'country' ? countryLabel(entity.country, locale) : null;
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  return (
    <div id={id} role="tooltip" class={`vna-lens-card ${typeClass(entity.type)}`}>
      <p class="vna-lens-card-name">{entity.name}</p>
      <p class="vna-lens-card-type">{t(TYPE_KEYS[entity.type] ?? 'cardTypePerson')}</p>
      {(roleList.length > 0 || country || aliases.length > 0) && (
        <dl>
          {roleList.length > 0 && (
            <>
              <dt>{t('cardRoles')}</dt>
              <dd>
                <ul class="vna-lens-card-roles">
                  {roleList.map((r) => (
                    <li key={`${r.role}|${r.where}`}>
                      <span class="vna-lens-card-role">{r.role}</span>
                      {r.where && <span class="vna-lens-card-where"> ({r.where})</span>}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {country && (
            <>
              <dt>{t('cardCountry')}</dt>
              <dd class="vna-lens-card-country">{country}</dd>
            </>
          )}
          {aliases.length > 0 && (
            <>
              <dt>{t('cardAliases')}</dt>
              <dd class="vna-lens-card-aliases">{aliases.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      {occurrences !== undefined && occurrences > 0 && (
        <p class="vna-lens-card-count">
          {occurrences === 1 ? t('cardOccurrencesOne') : t('cardOccurrences', String(occurrences))}
        </p>
      )}
      {stories !== undefined && (
        <section class="vna-lens-card-stories">
          <h2>{t('cardStories')}</h2>
          {stories.length === 0 ? (
            <p class="vna-lens-card-empty">{t('cardNoStories')}</p>
          ) : (
            <ul>
              {stories.map((s, i) => {
                const href = safeHref(s.url);
                const day = formatDay(s.date, locale);
                return (
                  <li key={`${s.url ?? ''}|${i}`}>
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {s.title}
                      </a>
                    ) : (
                      <span>{s.title}</span>
                    )}
                    {day && <span class="vna-lens-card-date"> · {day}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
