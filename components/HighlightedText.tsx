// A text with its names highlighted (for the popup): each name is a focusable mark, and hovering
// (after a short delay) or focusing it shows the <EntityCard>, placed with Floating UI. Escape or
// moving away closes it (WAI-ARIA tooltip pattern: the mark is aria-describedby the card).
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { type CardEntity, type CardStory, EntityCard, typeClass } from './EntityCard';
import { placeCard } from './page-card/placement';

export interface TextMention {
  start: number;
  end: number;
  entityId: string;
}

export interface HighlightedTextProps {
  text: string;
  mentions: TextMention[];
  entities: Record<string, CardEntity>;
  t: Translate;
  locale: string;
  storiesFor?: (entityId: string) => CardStory[];
}

/** Delay before a hovered name shows its card, and before a card left by the pointer closes. */
export const SHOW_DELAY_MS = 300;
export const HIDE_DELAY_MS = 150;

interface Piece {
  text: string;
  mention?: TextMention;
}

/** The text cut at the mentions: in order, without overlaps, inside the text, known entities only. */
export function piecesOf(text: string, mentions: TextMention[], entities: Record<string, CardEntity>): Piece[] {
  const sorted = mentions
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end && Object.hasOwn(entities, m.entityId))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // overlaps the previous one
    if (m.start > at) pieces.push({ text: text.slice(at, m.start) });
    pieces.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

export function HighlightedText({ text, mentions, entities, t, locale, storiesFor }: HighlightedTextProps) {
  const cardId = `vna-lens-card-${useId()}`;
  const [open, setOpen] = useState<number | null>(null);
  const marks = useRef<(HTMLElement | null)[]>([]);
  const layer = useRef<HTMLSpanElement | null>(null);
  const showTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pieces = piecesOf(text, mentions, entities);

  const clearTimers = () => {
    clearTimeout(showTimer.current);
    clearTimeout(hideTimer.current);
  };
  const showSoon = (i: number) => {
    clearTimers();
    showTimer.current = setTimeout(() => setOpen(i), SHOW_DELAY_MS);
  };
  const hideSoon = () => {
    clearTimers();
    hideTimer.current = setTimeout(() => setOpen(null), HIDE_DELAY_MS);
  };

  useLayoutEffect(() => {
    const anchor = open === null ? null : marks.current[open];
    const card = layer.current;
    if (!anchor || !card) return undefined;
    // the pointer may move from the name onto the card (to follow a story link)
    const stay = () => clearTimers();
    card.addEventListener('mouseenter', stay);
    card.addEventListener('mouseleave', hideSoon);
    const stop = placeCard(anchor, card);
    return () => {
      stop();
      card.removeEventListener('mouseenter', stay);
      card.removeEventListener('mouseleave', hideSoon);
    };
  }, [open]);

  useEffect(() => {
    if (open === null) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        clearTimers();
        setOpen(null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  useEffect(() => clearTimers, []);

  const active = open === null ? undefined : pieces[open]?.mention;
  const entity = active ? entities[active.entityId] : undefined;
  return (
    <span class="vna-lens-text">
      {pieces.map((piece, i) => {
        const m = piece.mention;
        const e = m ? entities[m.entityId] : undefined;
        if (!m || !e) return piece.text;
        return (
          <mark
            key={i}
            ref={(el) => {
              marks.current[i] = el;
            }}
            class={`vna-lens-mark ${typeClass(e.type)}`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: WAI-ARIA tooltip pattern, the name takes focus
            tabIndex={0}
            aria-describedby={open === i ? cardId : undefined}
            onMouseEnter={() => showSoon(i)}
            onMouseLeave={hideSoon}
            onFocus={() => {
              clearTimers();
              setOpen(i);
            }}
            onBlur={hideSoon}
          >
            {piece.text}
          </mark>
        );
      })}
      {entity && active && (
        <span ref={layer} class="vna-lens-card-layer" style={{ position: 'fixed', top: 0, left: 0, zIndex: 1000 }}>
          <EntityCard
            id={cardId}
            entity={entity}
            occurrences={mentions.filter((m) => m.entityId === entity.id).length}
            stories={storiesFor?.(entity.id)}
            t={t}
            locale={locale}
          />
        </span>
      )}
    </span>
  );
}
