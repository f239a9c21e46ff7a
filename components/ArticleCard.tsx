// The current page's article, as the popup shows it: title, date, partners (flag and name),
// domains and the article's own names, people first (a chip filters the timeline by that name);
// names from the feed's teasers are not the article's. Page strings are rendered as text only.
import { articleNames } from '@/lib/entities/article-names';
import type { Translate } from '@/lib/i18n';
import type { Analysis, Entity } from '@/lib/types';
import { dateFormat, domainName, partnerFlag, partnerName } from './labels';

export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return dateFormat(locale, 'published').format(d);
}

export interface ArticleCardProps {
  analysis: Analysis;
  t: Translate;
  locale: string;
  /** the name the timeline is filtered by */
  activeEntity?: string;
  onEntity?: (entity: Entity) => void;
}

export function ArticleCard({ analysis, t, locale, activeEntity, onEntity }: ArticleCardProps) {
  const { article, page } = analysis;
  if (!article) return <p class="notice">{t('popupNoArticle')}</p>;
  const published = formatDate(article.published, locale);
  const story = analysis.stories.find((s) => s.origin === 'article');
  const partners = story?.partners ?? [];
  const domains = story?.domains ?? [];
  const names = articleNames(analysis.entities);
  return (
    <article class="article-card" aria-label={article.title}>
      <p class="site">{page.site}</p>
      <h1 class="article-title">{article.title}</h1>
      {published && <p class="meta">{t('popupPublished', published)}</p>}
      {partners.length > 0 && (
        <div class="card-row partners">
          <span class="visually-hidden">{t('popupPartners')}</span>
          {partners.map((p) => (
            <span class="partner" key={p} data-partner={p}>
              <span aria-hidden="true">{partnerFlag(p)}</span> {partnerName(p, locale, t)}
            </span>
          ))}
          {story?.isCooperation && <span class="tag">{t('popupCooperation')}</span>}
        </div>
      )}
      {domains.length > 0 && (
        <div class="card-row domains">
          <span class="visually-hidden">{t('popupDomains')}</span>
          {domains.map((d) => (
            <span class="tag" key={d}>
              {domainName(d, t)}
            </span>
          ))}
        </div>
      )}
      {article.lead && <p class="lead">{article.lead}</p>}
      {names.length > 0 && (
        <div class="card-row entities">
          <span class="visually-hidden">{t('popupEntities')}</span>
          {names.map((e) => (
            <button
              type="button"
              key={e.id}
              class={`chip entity-chip entity-${e.type}`}
              aria-pressed={activeEntity === e.id}
              title={t('popupFilterByEntity', e.name)}
              onClick={() => onEntity?.(e)}
            >
              {e.name}
            </button>
          ))}
        </div>
      )}
      <p class="meta">{t('popupParagraphs', String(article.paragraphs.length))}</p>
    </article>
  );
}
