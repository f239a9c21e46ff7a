// Parts of a page its markup names for what they are — readers' comments, text for screen
// readers, boxes it hides — named once here for every step that leaves them out.

/** Comments marked so by schema.org: sure enough to take out of the page. */
export const MARKED_COMMENTS = '[itemtype$="schema.org/Comment" i], [itemprop="comment"]';

/**
 * Is el in a box of readers' comments, by schema.org or by a class or an id that opens on the word
 * ("comments", "commentlist", "comment-respond", "comment-meta", "fb-comments", "commentaires",
 * "replies", "disqus_thread"; not an interview's "reponse"): enough to tell a comment's lines and
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
  /^(?:(?:fb|wp|post|article|user|reader|disqus)[-_])?(?:comments?|commentaires?|replies)(?:[-_](?:list|area|respond|section|box|form|wrap|wrapper|container|block|body|content|text|meta|author|date|item|thread|\d+))?$|^commentlist$|^disqus_thread$/i;

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
 * six levels: a closed share menu, a print view's or a template's hidden copy; not a page whose
 * whole frame a loading script hides until it runs (the reader sees that frame).
 */
export function hiddenByMarkup(el: Element): boolean {
  for (let e: Element | null = el, up = 0; e && up < 6; e = e.parentElement, up++)
    if (e.hasAttribute('hidden') || /display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return true;
  return false;
}
