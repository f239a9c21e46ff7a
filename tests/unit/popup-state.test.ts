// The popup's state (components/popup/state.ts and view.ts) in Node: the first screen from the
// background's first answer, a filtered timeline from one grouped page, answers for older filters
// dropped, "show more", "other countries" and the rest of the first groups merged in place.
import { describe, expect, it } from 'vitest';
import { initialModel, type Opening, type PopupModel, popupReducer } from '../../components/popup/state';
import { FIRST_PAGE, moreGroupsRequests, restRequests } from '../../components/popup/view';
import type { TimelineFirstPage } from '../../lib/messages';
import type { GroupedPage } from '../../lib/store';
import type { TimelineEntry } from '../../lib/timeline';
import { generatedEntries } from '../support/generated';
import { articleAnalysis } from '../support/popup';

const entries = generatedEntries(400);
const of = (partner: string) => entries.filter((e) => e.partners.includes(partner));
const countsOf = (list: TimelineEntry[]) => {
  const partners = new Map<string, number>();
  for (const e of list) for (const p of e.partners) partners.set(p, (partners.get(p) ?? 0) + 1);
  return {
    partners: [...partners].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count),
    domains: [],
  };
};
const counts = countsOf(entries);
const page = (partner: string, offset: number, limit: number) => ({
  partner,
  count: of(partner).length,
  entries: of(partner).slice(offset, offset + limit),
});

/** The background's first answer for a tab whose story is Cambodian (a screenful: 4 entries). */
function opening(): Opening {
  const first: TimelineFirstPage = {
    total: entries.length,
    counts,
    groups: [page('KH', 0, 4)],
    problems: 2,
  };
  return { tabId: 7, state: { status: 'ready', analysis: articleAnalysis(['KH']) }, timeline: first };
}

const apply = (model: PopupModel, ...actions: Parameters<typeof popupReducer>[1][]) =>
  actions.reduce(popupReducer, model);

describe("the popup's state", () => {
  it('opens on the first page: the story’s partners first, the rest of their entries to come', () => {
    const model = initialModel(opening());
    expect(model.view.status).toBe('ready');
    expect(model.view.groups[0]).toMatchObject({ partner: 'KH', more: true });
    expect(model.view.groups[0]?.entries).toHaveLength(4);
    expect(model.view.groups.slice(1).every((g) => g.entries === null)).toBe(true);
    expect(model.problems).toEqual({ count: 2, quota: false });
    // the first page is the view already: nothing to ask for until the filters change
    expect(model.shownFor).not.toBeNull();
    // one request: the rest of the Cambodian group's first entries
    expect(restRequests(model.view, model.focus)).toEqual([
      { partner: 'KH', offset: 4, limit: Math.min(FIRST_PAGE.focusLimit, of('KH').length) - 4 },
    ]);
    const rest = apply(model, { type: 'rest', generation: model.generation, pages: [page('KH', 4, 6)] });
    expect(rest.view.groups[0]?.entries).toEqual(of('KH').slice(0, 10));
    expect(rest.view.groups.some((g) => g.more)).toBe(false);
  });

  it('is loading until the background answers, then shows its answer', () => {
    const model = initialModel(null);
    expect(model.state.status).toBe('loading');
    expect(model.view.status).toBe('loading');
    const opened = apply(model, { type: 'opened', opening: opening() });
    expect(opened.view).toEqual(initialModel(opening()).view);
  });

  it('shows a filtered timeline from one grouped page, and drops answers for older filters', () => {
    const model = initialModel(opening());
    const byDomain = apply(model, { type: 'filters', filters: { domain: 'economy' } });
    expect(byDomain.generation).toBe(model.generation + 1);
    expect(byDomain.shownFor).not.toBe(`${byDomain.generation} KH`);
    const found = entries.filter((e) => e.domains.includes('economy'));
    const grouped: GroupedPage = {
      total: found.length,
      counts: countsOf(found),
      groups: [{ partner: 'KH', count: 5, entries: found.slice(0, 5) }],
    };
    // an answer for the filters before: dropped
    expect(apply(byDomain, { type: 'timeline', generation: model.generation, page: grouped })).toBe(byDomain);
    const shown = apply(byDomain, { type: 'timeline', generation: byDomain.generation, page: grouped });
    expect(shown.view.total).toBe(found.length);
    expect(shown.view.groups[0]).toMatchObject({ partner: 'KH', count: 5 });
    expect(shown.view.groups.slice(1).every((g) => g.entries === null)).toBe(true);
    // a filtered view cannot say how many stories are stored: the last known count stays
    expect(shown.view.stored).toBe(entries.length);
    // a partner filter: that group alone, its count the total
    const onlyLa = apply(shown, { type: 'filters', filters: { partner: 'LA' } });
    const la = { total: entries.length, counts, groups: [page('LA', 0, 10)] };
    const laView = apply(onlyLa, { type: 'timeline', generation: onlyLa.generation, page: la }).view;
    expect(laView.groups.map((g) => g.partner)).toEqual(['LA']);
    expect(laView.total).toBe(of('LA').length);
    // a failed answer: an empty, ready timeline (never a stuck loading state)
    const failed = apply(onlyLa, { type: 'timeline-failed', generation: onlyLa.generation });
    expect(failed.view).toMatchObject({ status: 'ready', groups: [], stored: 0 });
  });

  it('adds a group’s next entries and the next groups in place', () => {
    const model = apply(initialModel(opening()), {
      type: 'rest',
      generation: 0,
      pages: [page('KH', 4, 6)],
    });
    const more = apply(model, { type: 'group-more', generation: 0, pages: [page('KH', 10, 20)] });
    expect(more.view.groups[0]?.entries).toEqual(of('KH').slice(0, 30));
    const shown = model.view.shownGroups + 3;
    const asked = moreGroupsRequests(model.view, shown);
    expect(asked.map((g) => g.partner)).toEqual(
      model.view.groups
        .slice(0, shown)
        .filter((g) => !g.entries)
        .map((g) => g.partner),
    );
    const next = apply(model, {
      type: 'more-groups',
      generation: 0,
      shown,
      pages: asked.map((g) => page(g.partner, 0, g.limit)),
    });
    expect(next.view.shownGroups).toBe(shown);
    for (const g of next.view.groups.slice(0, shown))
      expect(g.entries).toEqual(of(g.partner).slice(0, g.entries?.length));
    // answers for filters since changed: dropped
    const changed = apply(model, { type: 'filters', filters: { text: 'x' } });
    expect(apply(changed, { type: 'group-more', generation: 0, pages: [page('KH', 10, 20)] })).toBe(changed);
  });

  it('asks for the timeline again when "analyse anyway" finds a story with other partners', () => {
    const model = initialModel({ tabId: 3, state: { status: 'not-vna' }, timeline: opening().timeline });
    const loading = apply(model, { type: 'analysing' });
    expect(loading.state.status).toBe('loading');
    const found = apply(loading, { type: 'analysed', analysis: articleAnalysis(['LA']) });
    expect(found.focus).toEqual(['LA']);
    expect(found.generation).toBeGreaterThan(model.generation);
    const failed = apply(loading, { type: 'analysed', analysis: null, error: 'denied' });
    expect(failed.state).toEqual({ status: 'not-vna', error: 'denied' });
  });

  it('shows the story of a page still being read when it arrives, and the timeline that now holds it', () => {
    const waiting = initialModel({ tabId: 3, state: { status: 'nothing-yet' }, timeline: opening().timeline });
    // a story without partners: the focus is the same, yet the timeline is asked for again
    const domestic = apply(waiting, { type: 'arrived', analysis: articleAnalysis([]) });
    expect(domestic.state.status).toBe('ready');
    expect(domestic.generation).toBe(waiting.generation + 1);
    const found = apply(waiting, { type: 'arrived', analysis: articleAnalysis(['LA']) });
    expect(found.focus).toEqual(['LA']);
    // already shown, or analysed on the reader's click meanwhile: an arrival changes nothing
    expect(apply(found, { type: 'arrived', analysis: articleAnalysis(['KH']) })).toBe(found);
    const clicked = apply(waiting, { type: 'analysing' });
    expect(apply(clicked, { type: 'arrived', analysis: articleAnalysis(['KH']) })).toBe(clicked);
  });

  it('asks for the timeline again, filters kept, when stories were stored meanwhile', () => {
    const model = apply(initialModel(opening()), { type: 'filters', filters: { text: 'accord' } });
    const stored = apply(model, { type: 'stored' });
    expect(stored.filters).toEqual({ text: 'accord' });
    expect(stored.generation).toBe(model.generation + 1);
    // an answer asked for before the save is dropped
    expect(apply(stored, { type: 'timeline-failed', generation: model.generation })).toBe(stored);
  });
});
