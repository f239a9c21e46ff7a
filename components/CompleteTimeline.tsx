// The popup's "Compléter la chronologie": the button, the progress of the run ("Cambodge : page 2
// sur 5 — 37 articles"), cancel, the result ("41 nouveaux, 6 déjà là") and each page's problem in
// plain words. The run itself lives in the tab's content script (lib/listing/session.ts): this
// only starts it, asks where it is, and stops it; a popup opened again picks it up.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { ListingBounds } from '@/lib/listing/bounds';
import type { PageProblem } from '@/lib/listing/crawl';
import type { CompleteAction, CompleteStatus } from '@/lib/listing/session';
import { partnerName } from './labels';

export interface CompleteTimelineProps {
  t: Translate;
  locale: string;
  /** the reader's bounds (options page), for the hint */
  readBounds: () => Promise<ListingBounds>;
  /** one round trip to the tab's content script; null when it cannot be reached */
  command: (action: CompleteAction) => Promise<CompleteStatus | null>;
  /** stories were stored: the timeline below should be read again */
  onStored: () => void;
  pollMs?: number;
}

function problemText(p: PageProblem, t: Translate): string {
  let where = p.url;
  try {
    const u = new URL(p.url);
    where = `${u.hostname}${u.pathname}`;
  } catch {
    // keep the address as it is
  }
  const key = `completeProblem_${p.problem.replace(/-/g, '_')}` as Parameters<Translate>[0];
  return t(key, where);
}

export function CompleteTimeline({ t, locale, readBounds, command, onStored, pollMs = 400 }: CompleteTimelineProps) {
  const [status, setStatus] = useState<CompleteStatus | null>(null);
  const [bounds, setBounds] = useState<ListingBounds | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const stored = useRef(-1);

  const apply = (next: CompleteStatus | null) => {
    if (!next) {
      setUnavailable(true);
      return;
    }
    setStatus(next);
    // tell the timeline as pages arrive, not only at the end
    const done = next.result ? next.result.added + next.result.already : (next.progress?.stories ?? 0);
    if (done !== stored.current && stored.current >= 0) onStored();
    stored.current = done;
  };

  // a run started before the popup was (re)opened
  useEffect(() => {
    void command('status').then(apply);
    void readBounds().then(setBounds, () => undefined);
  }, []);

  useEffect(() => {
    if (status?.state !== 'running') return;
    const timer = setInterval(() => void command('status').then(apply), pollMs);
    return () => clearInterval(timer);
  }, [status?.state]);

  const running = status?.state === 'running';
  const result = status?.state === 'done' ? status.result : null;
  const progress = status?.progress;
  return (
    <section
      class="complete-timeline"
      aria-label={t('completeButton')}
      data-state={status?.state ?? 'asking'}
      data-run={status?.run ?? 0}
    >
      {bounds && <p class="notice">{t('completeHint', String(bounds.pages), String(bounds.months))}</p>}
      <div class="complete-actions">
        <button
          type="button"
          class="primary"
          disabled={running}
          onClick={() => {
            stored.current = 0;
            void command('start').then(apply);
          }}
        >
          {t('completeButton')}
        </button>
        {running && (
          <button type="button" class="link-button" onClick={() => void command('cancel').then(apply)}>
            {t('completeCancel')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" class="complete-status">
        {unavailable && <p class="error">{t('completeUnavailable')}</p>}
        {running && progress && (
          <p>
            {t(
              'completeProgress',
              partnerName(progress.partner, locale, t),
              String(progress.page),
              String(progress.of),
              String(progress.stories),
            )}
          </p>
        )}
        {status?.noTags && <p>{t('completeNoTags')}</p>}
        {result && <p class="complete-result">{t('completeResult', String(result.added), String(result.already))}</p>}
        {result?.stopped === 'cancelled' && <p>{t('completeCancelled')}</p>}
        {result?.stopped === 'try-later' && <p class="error">{t('completeTryLater')}</p>}
        {result?.stopped === 'error' && <p class="error">{t('completeStoppedError')}</p>}
        {result && result.problems.length > 0 && (
          <ul class="complete-problems">
            {result.problems.map((p) => (
              <li key={p.url} class="error">
                {problemText(p, t)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
