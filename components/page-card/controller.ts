// Wires the page's marks to the card: hover (after a short delay) or keyboard focus shows it,
// moving away, blur or Escape hides it. Listeners sit on the document in the content script's
// world; nothing is exposed to page scripts.
import type { CardStory } from '../EntityCard';
import { HIDE_DELAY_MS, SHOW_DELAY_MS } from '../HighlightedText';
import type { PageCard, PageCardContent } from './index';

export interface CardSource {
  /** the entity a mark stands for (undefined: not one of ours) */
  entityOf(mark: Element): string | undefined;
  contentFor(entityId: string): PageCardContent | null;
  /** other stories of the reader's timeline; may answer [] */
  storiesFor(entityId: string): Promise<CardStory[]>;
}

export function connectCard(doc: Document, card: PageCard, source: CardSource): () => void {
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  };
  const markOf = (target: EventTarget | null): Element | null => {
    if (!target || (target as Node).nodeType !== 1) return null;
    const mark = (target as Element).closest('mark');
    return mark && source.entityOf(mark) !== undefined ? mark : null;
  };
  const show = (mark: Element) => {
    const id = source.entityOf(mark);
    const content = id === undefined ? null : source.contentFor(id);
    if (!id || !content) return;
    card.show(mark, content);
    void source.storiesFor(id).then(
      (stories) => card.update(mark, { ...content, stories }),
      () => card.update(mark, { ...content, stories: [] }),
    );
  };
  const hideSoon = () => {
    clear();
    hideTimer = setTimeout(() => card.hide(), HIDE_DELAY_MS);
  };

  const onOver = (e: Event) => {
    if (card.contains(e.target as Node)) {
      clear(); // on the card: keep it (to follow a story link)
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    clear();
    if (card.anchor === mark) return;
    showTimer = setTimeout(() => show(mark), SHOW_DELAY_MS);
  };
  const onOut = (e: Event) => {
    const to = (e as MouseEvent).relatedTarget as Node | null;
    const from = markOf(e.target) ?? (card.contains(e.target as Node) ? card.host : null);
    if (!from) return;
    if (to && (from.contains(to) || card.contains(to) || (card.anchor?.contains(to) ?? false))) return;
    clearTimeout(showTimer);
    if (card.anchor) hideSoon();
  };
  const onFocusIn = (e: Event) => {
    if (card.contains(e.target as Node)) {
      clear();
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    clear();
    show(mark);
  };
  const onFocusOut = (e: Event) => {
    if (markOf(e.target) || card.contains(e.target as Node)) {
      const to = (e as FocusEvent).relatedTarget as Node | null;
      if (to && card.contains(to)) return;
      hideSoon();
    }
  };
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape' && card.anchor) {
      clear();
      card.hide();
    }
  };
  const listeners: [string, (e: Event) => void][] = [
    ['mouseover', onOver],
    ['mouseout', onOut],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
    ['keydown', onKey],
  ];
  for (const [type, fn] of listeners) doc.addEventListener(type, fn, true);
  return () => {
    clear();
    for (const [type, fn] of listeners) doc.removeEventListener(type, fn, true);
    card.hide();
  };
}
