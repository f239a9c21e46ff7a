// Places a card next to the name it explains, with Floating UI: below by default, flipped above
// when there is no room, kept inside the viewport, and following the name as the page scrolls.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Keeps `card` next to `anchor` until the returned function is called. */
export function placeCard(anchor: Element, card: HTMLElement): () => void {
  card.style.position = 'fixed';
  const update = () => {
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      card.style.left = `${x}px`;
      card.style.top = `${y}px`;
    });
  };
  return autoUpdate(anchor, card, update);
}
