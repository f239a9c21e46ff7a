// Parts of a page its markup names for what they are — readers' comments, text for screen
// readers, boxes it hides — named once here for every step that leaves them out.

/** Comments marked so by schema.org: sure enough to take out of the page. */
export const MARKED_COMMENTS = '[itemtype$="schema.org/Comment" i], [itemprop="comment"]';

/**
 * Is el in a box of readers' comments, by schema.org or by a class or an id that opens on the word
 * ("comments", "commentlist", "comment-respond", "comment-meta", "fb-comments", "commentaires",
 * "replies", "reactions", "disqus_thread"; not an interview's "reponse"): enough to tell a comment's lines and
 * dates from the story's. Not a page's class that only speaks of comments: WordPress's
 * "category-commentaire", "has-comments".
 */
export function inCommentBox(el: Element): boolean {
  return !!el.closest(MARKED_COMMENTS) || inNamedCommentBox(el);
}

/**
 * The same by class or id only: a forum that marks every post a schema.org Comment holds the
 * story in its first, whose date is the story's.
 */
export function inNamedCommentBox(el: Element): boolean {
  for (let box: Element | null = el; box; box = box.parentElement) {
    if (COMMENT_NAME.test(box.id)) return true;
    for (const name of box.classList) if (COMMENT_NAME.test(name)) return true;
  }
  return false;
}
const COMMENT_NAME =
  /^(?:(?:fb|wp|post|article|user|reader|disqus|box|block|list)[-_])?(?:comments?|commentaires?|replies|reactions?|binh[-_]?luan)(?:[-_](?:list|area|respond|section|box|form|wrap|wrapper|container|block|body|content|text|meta|author|date|item|thread|\d+))?$|^commentlist$|^disqus_thread$/i;

/** Text for screen readers only ("Aller au contenu", a file's name), by its class. */
export const SCREEN_READER_CLASSES = [
  'screen-reader-text',
  'screen-reader-only',
  'screenreader-only',
  'screenreader-text',
  'skip-link',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  // DokuWiki's
  'a11y',
];

const SCREEN_READER_SET = new Set(SCREEN_READER_CLASSES);
export function forScreenReaders(el: Element): boolean {
  for (const name of el.classList) if (SCREEN_READER_SET.has(name.toLowerCase())) return true;
  return false;
}

/**
 * Is el in a box its own markup hides (`hidden`, an inline "display: none", spaces or not)? Up to
 * six levels, below `stop` when given (a teaser's card: what the card hides of itself): a closed share menu, a print view's or a template's hidden copy; not a page whose
 * whole frame a loading script hides until it runs (the reader sees that frame).
 */
export function hiddenByMarkup(el: Element, stop: Element | null = null): boolean {
  for (let e: Element | null = el, up = 0; e && e !== stop && up < 6; e = e.parentElement, up++)
    if (e.hasAttribute('hidden') || /display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return true;
  return false;
}

/**
 * Hidden by an ad blocker's cosmetic filter, an inline "display: none !important" on the element
 * itself: the reader never sees it. (A "load more" button lifts `hidden`, a slider lifts its plain
 * "display: none": those are shown.)
 */
export function hiddenByBlocker(el: Element): boolean {
  return /display\s*:\s*none\s*!\s*important/i.test(el.getAttribute('style') ?? '');
}

/**
 * Classes the page's own style sheets hide from the eye but not from screen readers: a box placed
 * out of the flow and clipped to nothing ("position: absolute; clip: rect(1px, 1px, 1px, 1px)",
 * "clip-path: inset(100%)"), as a CSS-in-JS site names its "sr-only" ("bbc-m04vo2"). Only a rule
 * whose selector is the class alone, outside @media (hidden on small screens only is shown on
 * others), and a rectangle of nothing (a crop, "rect(0, auto, auto, 0)", shows a part).
 */
export function screenReaderClassesOf(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const style of doc.querySelectorAll('style')) {
    const css = style.textContent ?? '';
    if (!/clip/i.test(css)) continue;
    let depth = 0;
    let media = 0;
    let at = 0;
    // one walk over the braces: the rules at the top level, each "selectors { declarations }"
    for (let k = 0; k < css.length; k++) {
      const c = css[k];
      if (c === '{') {
        if (depth === 0 && /@media/i.test(css.slice(at, k))) media = 1;
        else if (depth === media) {
          const end = css.indexOf('}', k);
          if (end < 0) break;
          const selectors = css
            .slice(at, k)
            .split(',')
            .map((x) => x.trim());
          if (!media && clippedToNothing(css.slice(k + 1, end)))
            for (const sel of selectors) {
              const m = /^\.([\w-]+)$/.exec(sel);
              if (m?.[1]) names.add(m[1]);
            }
          k = end;
          at = end + 1;
          continue;
        }
        depth++;
        at = k + 1;
      } else if (c === '}') {
        depth = Math.max(0, depth - 1);
        if (depth === 0) media = 0;
        at = k + 1;
      }
    }
  }
  return names;
}

function clippedToNothing(rules: string): boolean {
  return (
    /position\s*:\s*absolute/i.test(rules) &&
    (/clip\s*:\s*rect\(\s*(?:0(?:px)?[\s,]+){3}0(?:px)?\s*\)|clip\s*:\s*rect\(\s*(?:1px[\s,]+){3}1px\s*\)/i.test(
      rules,
    ) ||
      /clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\)/i.test(rules))
  );
}

/** A label of that kind, short: "Légende image, " before a caption, "Crédit photo, ", "Author, ". */
const SCREEN_READER_LABEL = 60;

/**
 * Takes out the short labels the page's style sheets hide for screen readers (its own names for
 * "sr-only"): read as text, "Légende image, " opens the caption and "Author, VNA" reads as a line
 * of the story.
 */
export function removeScreenReaderLabels(doc: Document): void {
  const names = screenReaderClassesOf(doc);
  if (!names.size) return;
  for (const name of names)
    for (const el of doc.getElementsByClassName(name))
      if ((el.textContent ?? '').trim().length <= SCREEN_READER_LABEL && !el.querySelector('p, div, li'))
        el.textContent = '';
}
