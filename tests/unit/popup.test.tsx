// @vitest-environment jsdom
// The popup's components rendered in jsdom: card, filters with counts, groups by partner and
// month, the current story marked, links in new tabs, page strings as text only.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../components/Options';
import { Popup } from '../../components/Popup';
import { FIRST_SCREEN, type GroupView, type TimelineProps, type TimelineView } from '../../components/Timeline';
import type { MessageKey } from '../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { searchTextOf, type TimelineEntry } from '../../lib/timeline';
import type { Analysis } from '../../lib/types';

const t = (key: MessageKey, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);
const HOSTILE = '<img src=x onerror="alert(1)">';

function entry(id: string, title: string, date: string, partners: string[]): TimelineEntry {
  return {
    id,
    keys: [id],
    title,
    summary: `${HOSTILE} résumé`,
    url: `https://fr.vietnamplus.vn/${id}-post1.vnp`,
    origin: 'feed',
    published: null,
    date,
    dateSource: 'text',
    partners,
    domains: ['security'],
    isCooperation: true,
    entityIds: ['person:to-lam'],
    seenOn: [],
    firstSeen: 0,
    lastSeen: 0,
    mentions: [{ field: 'title', start: 0, end: 6, entityId: 'person:to-lam' }],
    entities: [{ id: 'person:to-lam', name: 'Tô Lâm', type: 'person', role: null, country: 'VN', aliases: [] }],
    search: searchTextOf(title, null),
  };
}

const kh = [entry('a', 'Tô Lâm reçoit', '2026-03-02', ['KH']), entry('b', 'Ancien', '2025-11-20', ['KH'])];
const la = [entry('c', 'Vientiane', '2026-01-05', ['LA'])];

const analysis: Analysis = {
  url: 'https://fr.vietnamplus.vn/a-post1.vnp',
  page: { isVna: true, site: 'fr.vietnamplus.vn', lang: 'fr', kind: 'article', signals: [] },
  article: {
    title: `Titre ${HOSTILE}`,
    lead: 'Chapô',
    paragraphs: ['p'],
    captions: [],
    published: '2026-03-02T08:00:00+07:00',
    dateline: null,
    source: 'VNA',
  },
  related: [],
  entities: [
    { id: 'person:to-lam', name: 'Tô Lâm', type: 'person', aliases: [], role: null, country: 'VN', mentions: [] },
  ],
  stories: [
    {
      id: 'a',
      title: 'Tô Lâm reçoit',
      url: 'https://fr.vietnamplus.vn/a-post1.vnp',
      origin: 'article',
      date: '2026-03-02',
      dateSource: 'text',
      partners: ['KH'],
      domains: ['security'],
      isCooperation: true,
      entityIds: ['person:to-lam'],
    },
  ],
};

const view: TimelineView = {
  status: 'ready',
  total: 3,
  allCount: 3,
  stored: 3,
  counts: {
    partners: [
      { key: 'KH', count: 2 },
      { key: 'LA', count: 1 },
    ],
    domains: [{ key: 'security', count: 3 }],
  },
  groups: [
    { partner: 'KH', count: 2, entries: kh },
    { partner: 'LA', count: 1, entries: la },
  ],
  shownGroups: 3,
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(timeline: Partial<TimelineProps> = {}, locale = 'fr') {
  root = document.createElement('div');
  document.body.append(root);
  const props: TimelineProps = {
    view,
    filters: {},
    isCurrent: (e) => e.id === 'a',
    onFilters: vi.fn(),
    onShowMore: vi.fn(),
    onMoreGroups: vi.fn(),
    t,
    locale,
    ...timeline,
  };
  act(() => {
    render(
      <Popup
        state={{ status: 'ready', analysis }}
        t={t}
        locale={locale}
        onAnalyseAnyway={() => undefined}
        onOpenOptions={() => undefined}
        timeline={props}
        onExport={vi.fn()}
      />,
      root,
    );
  });
  return props;
}

describe('popup', () => {
  it('shows the card: title, partners with flag and name, domains, name chips', () => {
    show();
    expect(root.querySelector('.article-title')?.textContent).toBe(`Titre ${HOSTILE}`);
    expect(root.querySelector('.partners')?.textContent).toContain('🇰🇭 Cambodge');
    expect(root.querySelector('.domains')?.textContent).toContain('domainSecurity');
    expect(root.querySelector('.entity-chip')?.textContent).toBe('Tô Lâm');
  });

  it('names partners in English when the UI is English', () => {
    show({}, 'en-US');
    expect(root.querySelector('.partners')?.textContent).toContain('Cambodia');
    expect(root.querySelector('.partner-group h3')?.textContent).toContain('Cambodia');
  });

  it('renders filters with counts and groups by partner then month, newest first, current marked', () => {
    show();
    const chips = [...root.querySelectorAll('.partner-filter .chip')].map((c) => c.textContent);
    expect(chips).toEqual(['popupAllPartners 3', '🇰🇭 Cambodge 2', '🇱🇦 Laos 1']);
    expect(root.querySelector('select[name="domain"]')?.textContent).toContain('domainSecurity (3)');
    const groups = [...root.querySelectorAll('.partner-group')].map((g) => g.getAttribute('data-partner'));
    expect(groups).toEqual(['KH', 'LA']);
    const months = [...root.querySelectorAll('.partner-group[data-partner="KH"] h4')].map((h) => h.textContent);
    expect(months).toEqual(['mars 2026', 'novembre 2025']);
    const current = root.querySelectorAll('.entry.current');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('data-id')).toBe('a');
    for (const a of root.querySelectorAll('.entry-link')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });

  it('renders page strings as text only', () => {
    show();
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(root.querySelector('.entry-summary')?.textContent).toContain(HOSTILE);
  });

  it('calls back with the filters: partner chip, domain, text, name chip', () => {
    const props = show();
    act(() => (root.querySelector('.chip[data-partner="LA"]') as HTMLButtonElement).click());
    expect(props.onFilters).toHaveBeenLastCalledWith({ partner: 'LA' });
    const select = root.querySelector('select[name="domain"]') as HTMLSelectElement;
    select.value = 'security';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onFilters).toHaveBeenLastCalledWith({ domain: 'security' });
    const input = root.querySelector('input[name="text"]') as HTMLInputElement;
    input.value = 'phnom';
    act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(props.onFilters).toHaveBeenLastCalledWith({ text: 'phnom' });
  });

  it('offers more of a group and more groups', () => {
    const props = show({
      view: { ...view, groups: [{ ...view.groups[0], count: 9 } as never, view.groups[1] as never], shownGroups: 1 },
    });
    act(() => (root.querySelector('.show-more') as HTMLButtonElement).click());
    expect(props.onShowMore).toHaveBeenCalledWith('KH');
    act(() => (root.querySelector('.more-groups') as HTMLButtonElement).click());
    expect(props.onMoreGroups).toHaveBeenCalled();
  });

  it('renders a screenful of entries first, then the rest of them once it is painted', async () => {
    // a long history: 3 groups of 9 stories each, one a month
    const many = (partner: string) =>
      Array.from({ length: 9 }, (_, i) =>
        entry(`${partner}${i}`, `${partner} ${i}`, `2025-${String(12 - i).padStart(2, '0')}-10`, [partner]),
      );
    const groups = ['KH', 'LA', 'CN'].map((partner) => ({ partner, count: 40, entries: many(partner) }));
    root = document.createElement('div');
    document.body.append(root);
    // no act(): what the first frame holds, before effects run (they run after the paint)
    render(
      <Popup
        state={{ status: 'ready', analysis }}
        t={t}
        locale="fr"
        onAnalyseAnyway={() => undefined}
        onOpenOptions={() => undefined}
        timeline={{
          view: { ...view, total: 120, allCount: 120, stored: 120, groups },
          filters: {},
          onFilters: vi.fn(),
          onShowMore: vi.fn(),
          onMoreGroups: vi.fn(),
          t,
          locale: 'fr',
        }}
      />,
      root,
    );
    const ids = () => [...root.querySelectorAll('.entry')].map((e) => e.getAttribute('data-id'));
    expect(FIRST_SCREEN).toBeGreaterThan(0);
    expect(FIRST_SCREEN).toBeLessThan(27);
    // the newest of the first group, in order; the filters and counts are all there already
    expect(ids()).toEqual(['KH0', 'KH1', 'KH2', 'KH3', 'KH4', 'KH5', 'KH6', 'KH7'].slice(0, FIRST_SCREEN));
    expect(root.querySelectorAll('.partner-filter .chip')).toHaveLength(3);
    expect(root.querySelector('.timeline')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('.show-more')).toBeNull(); // its group is not all there yet
    // then every entry of every shown group, with "show more" for each
    await vi.waitFor(() => expect(ids()).toHaveLength(27), { timeout: 2000, interval: 10 });
    expect(ids()).toEqual(groups.flatMap((g) => g.entries.map((e) => e.id)));
    expect([...root.querySelectorAll('.partner-group')].map((g) => g.getAttribute('data-partner'))).toEqual([
      'KH',
      'LA',
      'CN',
    ]);
    expect(root.querySelectorAll('.show-more')).toHaveLength(3);
    expect(root.querySelector('.timeline')?.getAttribute('aria-busy')).toBeNull();
  });

  it('offers no "show more" for a group whose first entries are still coming', () => {
    const groups = (more: boolean) => [{ partner: 'KH', count: 9, entries: kh, more }, view.groups[1] as GroupView];
    show({ view: { ...view, groups: groups(true) } });
    expect(root.querySelectorAll('.partner-group[data-partner="KH"] .entry')).toHaveLength(2);
    expect(root.querySelector('.show-more')).toBeNull();
    render(null, root);
    root.remove();
    show({ view: { ...view, groups: groups(false) } });
    expect(root.querySelector('.show-more')?.textContent).toBe('popupShowMore(7)');
  });

  it('links to the timeline page, in a new tab', () => {
    show();
    const link = root.querySelector('.popup-header a.timeline-link');
    expect(link?.getAttribute('href')).toBe('/timeline.html');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.textContent).toBe('timelinePageLink');
  });

  it('says what will appear when the history is empty', () => {
    show({ view: { ...view, total: 0, allCount: 0, stored: 0, groups: [], counts: { partners: [], domains: [] } } });
    expect(root.querySelector('.empty-timeline')?.textContent).toBe('popupTimelineEmpty');
    expect(root.querySelector('.filters')).toBeNull();
  });
});

describe('options', () => {
  it('shows problems and a full disk, and clears only after confirmation', () => {
    root = document.createElement('div');
    document.body.append(root);
    const onClear = vi.fn();
    let answer = false;
    act(() => {
      render(
        <Options
          t={t}
          settings={DEFAULT_SETTINGS}
          status={{ pages: 2, stories: 9, problems: ['entries x: title must be a string'], quotaExceeded: true }}
          notice={null}
          onChange={vi.fn()}
          onClear={onClear}
          onExport={vi.fn()}
          onImport={vi.fn()}
          confirm={() => answer}
        />,
        root,
      );
    });
    expect(root.querySelector('.problems li')?.textContent).toBe('entries x: title must be a string');
    expect(root.querySelector('.quota')?.textContent).toBe('optionsQuota');
    expect(root.querySelector('a.timeline-link')?.getAttribute('href')).toBe('/timeline.html');
    const clear = root.querySelector('button.primary') as HTMLButtonElement;
    act(() => clear.click());
    expect(onClear).not.toHaveBeenCalled();
    answer = true;
    act(() => clear.click());
    expect(onClear).toHaveBeenCalledOnce();
  });
});
