// The "Voir plus" teasers of the current page, as links.
import type { Translate } from '@/lib/i18n';
import type { RelatedItem } from '@/lib/types';

export function RelatedList({ related, t }: { related: RelatedItem[]; t: Translate }) {
  if (related.length === 0) return null;
  return (
    <section class="related" aria-label={t('popupRelated', String(related.length))}>
      <h2>{t('popupRelated', String(related.length))}</h2>
      <ul>
        {related.map((item) => (
          <li key={item.url ?? item.title}>
            {item.url ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.title}
              </a>
            ) : (
              item.title
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
