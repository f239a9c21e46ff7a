// The entity card inside the reader's page: one host element holding a CLOSED shadow root, so
// page CSS cannot reach the card, page scripts cannot read it (host.shadowRoot is null), and the
// card's CSS cannot leak into the page. Marks in the page point at the host with
// aria-describedby while their card is shown (its accessible description is the card's text).
import { render } from 'preact';
import { EntityCard, type EntityCardProps } from '../EntityCard';
import { placeCard } from './placement';

export type PageCardContent = Omit<EntityCardProps, 'id' | 't' | 'locale'>;

export interface PageCard {
  host: HTMLElement;
  show(anchor: Element, content: PageCardContent): void;
  /** re-render the card shown for `anchor` (stories arrived) */
  update(anchor: Element, content: PageCardContent): void;
  hide(): void;
  readonly anchor: Element | null;
  /** is this node the card host (or inside it, for events retargeted at the host)? */
  contains(node: Node | null): boolean;
  destroy(): void;
}

const HOST_STYLE = [
  'all: initial',
  'display: none',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'z-index: 2147483647',
  'pointer-events: auto',
]
  .map((d) => `${d} !important`)
  .join('; ');

export function createPageCard(
  doc: Document,
  {
    css,
    t,
    locale,
    onEnter,
    onLeave,
  }: Pick<EntityCardProps, 't' | 'locale'> & {
    css: string;
    onEnter?: () => void;
    onLeave?: () => void;
  },
): PageCard {
  const host = doc.createElement('div');
  // not secret (the page sees it on the mark), only unique
  host.id = `vna-lens-card-${Math.random().toString(36).slice(2, 10)}`;
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${css}\n.vna-lens-layer{position:fixed;top:0;left:0;z-index:1}`;
  const layer = doc.createElement('div');
  layer.className = 'vna-lens-layer';
  shadow.append(style, layer);
  layer.addEventListener('mouseenter', () => onEnter?.());
  layer.addEventListener('mouseleave', () => onLeave?.());
  (doc.body ?? doc.documentElement).appendChild(host);

  let anchor: Element | null = null;
  let stopPlacing: (() => void) | null = null;
  const cardId = `${host.id}-inner`;

  const draw = (content: PageCardContent) => {
    render(<EntityCard id={cardId} t={t} locale={locale} {...content} />, layer);
  };

  const hide = () => {
    stopPlacing?.();
    stopPlacing = null;
    anchor?.removeAttribute('aria-describedby');
    anchor = null;
    host.style.setProperty('display', 'none', 'important');
    render(null, layer);
  };

  return {
    host,
    get anchor() {
      return anchor;
    },
    show(next, content) {
      if (anchor !== next) hide();
      anchor = next;
      draw(content);
      host.style.setProperty('display', 'block', 'important');
      next.setAttribute('aria-describedby', host.id);
      stopPlacing ??= placeCard(next, layer);
    },
    update(target, content) {
      if (anchor === target) draw(content);
    },
    hide,
    contains: (node) => node === host || (node !== null && host.contains(node)),
    destroy() {
      hide();
      host.remove();
    },
  };
}
