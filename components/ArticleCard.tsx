// The current page's article, as the popup shows it. Page strings are rendered as text only.
import type { Translate } from '@/lib/i18n';
import type { Analysis } from '@/lib/types';

export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
}

export function ArticleCard({ analysis, t, locale }: { analysis: Analysis; t: Translate; locale: string }) {
  const { article, page } = analysis;
  if (!article) return <p class="notice">{t('popupNoArticle')}</p>;
  const published = formatDate(article.published, locale);
  return (
    <article class="article-card" aria-label={article.title}>
      <p class="site">{page.site}</p>
      <h1 class="article-title">{article.title}</h1>
      {published && <p class="meta">{t('popupPublished', published)}</p>}
      {article.lead && <p class="lead">{article.lead}</p>}
      <p class="meta">{t('popupParagraphs', String(article.paragraphs.length))}</p>
    </article>
  );
}
