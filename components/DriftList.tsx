// The last VNA pages whose markup no known layout described (layout drift): address, what was
// missing, when. Page-derived strings are rendered as text only.

import type { DriftReport } from '@/lib/drift';
import type { Translate } from '@/lib/i18n';

export function DriftList({ t, reports }: { t: Translate; reports: DriftReport[] }) {
  if (reports.length === 0) return null;
  return (
    <section class="drift">
      <h2>{t('optionsDriftTitle')}</h2>
      <ul>
        {reports.map((r) => (
          <li key={r.url}>
            <span class="drift-url">{r.url}</span> — {r.missing.join(', ')} —{' '}
            <time dateTime={r.at}>{r.at.slice(0, 16).replace('T', ' ')}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
