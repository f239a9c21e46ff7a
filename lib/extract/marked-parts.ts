// Parts of a page its markup names for what they are — readers' comments, text for screen
// readers — named once here for every step that leaves them out.

/** Comments marked so by schema.org: sure enough to take out of the page. */
export const MARKED_COMMENTS = '[itemtype$="schema.org/Comment" i], [itemprop="comment"]';

/**
 * A box of readers' comments, by schema.org or by its class or id ("comments", "commentlist",
 * "fb-comments", "commentaires"): enough to tell a comment's lines from the story's running text.
 */
export const COMMENT_BOXES = `${MARKED_COMMENTS}, [class*="comment" i], [id*="comment" i]`;

/** Text for screen readers only ("Aller au contenu", a file's name), by its class. */
export const SCREEN_READER_CLASSES = [
  'screen-reader-text',
  'screen-reader-only',
  'screenreader-only',
  'skip-link',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  // DokuWiki's
  'a11y',
];

export function forScreenReaders(el: Element): boolean {
  return SCREEN_READER_CLASSES.some((c) => el.classList.contains(c));
}
