// The article alone: Readability on a clone of the page from which the known noise of VNA sites
// (the feed, ad slots, tags, comments, sidebars, share bars, the source line) has been removed,
// then split into the fields a reader needs. Captions are taken out of the body before Readability
// runs so they can never leak into it.

import { Readability } from '@mozilla/readability';
import { SHORT_MONTH, WEEKDAY, WRITTEN_MONTH } from '../dates/names';
import { isVnaUrl } from '../hosts';
import type { Steps } from '../slices';
import type { Article, RelatedItem } from '../types';
import { gatherBuilderTextBlocks } from './builder-blocks';
import { BARE_CREDIT, CAPTION_CLASS, captionElements, endsOnCredit, isGalleryCounter, notAPhoto } from './captions';
import { datelineOf } from './dateline';
import { pageKey } from './feed-runs';
import { inlineLines } from './inline-lines';
import { removeOtherLanguages } from './languages';
import { isNoise, type Layout, layoutBody, type Noise, SITE } from './layouts';
import { BLOCKS, BLOCKS_PER_STEP, blockSteps, setAsideLongTail } from './long-body';
import { inCommentBox, MARKED_COMMENTS } from './marked-parts';
import {
  dataTablesAsLines,
  holdsAny,
  inAnotherScript,
  inCjkLanguage,
  isNonStoryLine,
  isSourceCredit,
  removeCopiersNotes,
  removeEndNotes,
  removeFactBoxes,
  removeLinkedAuthorBoxes,
  removeLinkLines,
  removeNamedAuthorBoxes,
  removePlayerBoxes,
  removeQuoteFrames,
  removeRepeatedQuotes,
  removeSideColumns,
  removeSignUpBoxes,
  withoutRepeatedShortLines,
} from './non-story-lines';
import { otherStories } from './other-stories';
import {
  classedDateLine,
  creditedDateLine,
  dateInAddress,
  dateLineNear,
  publicationLine,
  publishedOf,
  shownDateLine,
  sourceLineDate,
} from './published';
import { inlineCardStory, inlineCards, inlineStories } from './related';
import {
  densestContainer,
  headlineText,
  isSubheading,
  leadElement,
  linesAfter,
  type PageMeta,
  splitSubtitle,
} from './structure';
import {
  FOLLOWING,
  hasClassMatching,
  hasLetter,
  holdsRunningText,
  RUNNING_TEXT,
  sameTextKey,
  squeeze,
  stripPhotoAlt,
  textOf,
  textWithBreaks,
} from './text';

/** Past this many elements the page is not an article a person reads; we stop early. */
export const MAX_ELEMENTS = 60_000;
/**
 * Deeper than this (VNA articles are about 10 deep), wrapper chains are flattened and, if still
 * too deep, Readability is skipped: it moves whole subtrees level by level, and jsdom pays for
 * every node moved, so a 10 KB page of 340 nested <div><span> took 4–40 s.
 */
export const MAX_DEPTH = 60;
export { READABILITY_BLOCKS } from './long-body';

/** Less body text than a one-sentence brief is a menu or a teaser list, not an article. */
const MIN_BODY_CHARS = 120;

// ("VNA/CVN", "VNA/VNP", "Source : AVI", "(VNA)", "-VNA": the agency's sign-off, in brackets at
// times, or after the dash that ends a dispatch when a copy sets it on a line of its own)
const SOURCE_LINE = /^(?:[-–—]\s*)?\(?(?:source\s*:\s*)?(?:VNA|AVI|CVN|TTXVN|Vietnam\+)(?:\/(?:CVN|VNP|VI))?\)?\.?$/i;
const CREDIT_ONLY = /^(?:photo|ảnh)\s*:\s*[^.]{1,60}$/i;
// `\s*(?:[-|,]\s*)?`, not `\s*[-|,]?\s*`: two adjacent \s* backtrack quadratically on long no-break-space runs
const DATE_ONLY = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s*)?\d{1,2}([/.])\d{1,2}\1\d{4}(?:\s*(?:[-|,]\s*)?\d{1,2}[:h]\d{2}(?:\s*\(GMT\+7\))?)?$`,
  'i',
);
/**
 * A date written out alone on its line, its time after it or not ("5 oct. 2023 | 15h42"): a date
 * line before the story's first paragraph, or with its time; in the story, a chronology's heading
 * ("2 septembre 1945") is the story's.
 */
const WRITTEN_DATE_ONLY = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s*)?\d{1,2}(?:er)?\s+(?:${WRITTEN_MONTH}|${SHORT_MONTH})\s+\d{4}(?<time>\s*(?:[-|,]\s*|à\s+)?\d{1,2}[:h]\d{2}(?:\s*\(GMT\+7\))?)?$`,
  'i',
);
const writtenDateLine = (text: string, beforeStory: boolean) => {
  const m = WRITTEN_DATE_ONLY.exec(text);
  return !!m && (beforeStory || !!m.groups?.time);
};

/** Sentences (40 to 400 characters, ending on a full stop) before a dateline in the same paragraph. */
const STANDFIRST_BEFORE_DATELINE =
  /^(.{40,400}?[.!?…»])\s+(?=[^\s()–—,.;:!?][^()–—,.;:!?]{0,60}?\s*(?:,[^()–—]{1,40}?)?\s*\((?:VNA|AVI|CVN|VNA\/CVN)\)\s*[–—-])/u;

export interface ArticleResult {
  article: Article | null;
  inline: RelatedItem[];
  /** why there is no article, or how it was found */
  signals: string[];
}

/**
 * The captions of the article's box between its title and its body: the story's photo set over
 * the body's own box ("<article><h1/><figure>…<figcaption>Photo : X/VNA/CVN</figcaption></figure>
 * <div class="article-body">…"). Nothing before the title or after the body's start.
 */
function captionsAbove(box: Element | null, body: Element, titleEl: Element | null): Element[] {
  // (the article's box may be the body's alone: then the box a level or two up that holds the
  // title too, "<article><h1/><div class=featured>…</div><div class=entry-content>…")
  let scope = box;
  for (let up = 0; scope && titleEl && !scope.contains(titleEl) && up < 2; up++) scope = scope.parentElement;
  if (!scope || scope === body || !scope.contains(body) || !titleEl || !scope.contains(titleEl)) return [];
  const between = (el: Element) =>
    !!(titleEl.compareDocumentPosition(el) & FOLLOWING) && !!(el.compareDocumentPosition(body) & FOLLOWING);
  return captionElements(scope, SITE.caption).filter(
    (cap) => !body.contains(cap) && !cap.contains(body) && between(cap) && isStoryPhotoCaption(cap, scope, titleEl),
  );
}

/** Does a paragraph of running text (100 characters or more) come between the title and el? */
function pastParagraphs(el: Element, titleEl: Element): boolean {
  if (!(titleEl.compareDocumentPosition(el) & FOLLOWING)) return false;
  for (const p of el.ownerDocument.querySelectorAll('p')) {
    if (!(p.compareDocumentPosition(el) & FOLLOWING)) break;
    // (a photo's caption written as a paragraph is none: "<p class="wp-caption-text">")
    if (p.closest('figure, figcaption, [class*="caption"]')) continue;
    if (titleEl.compareDocumentPosition(p) & FOLLOWING && !p.contains(el) && textOf(p).length >= RUNNING_TEXT)
      return true;
  }
  return false;
}

/**
 * Do two caption lines say of one photo: a box two levels up at most from the first holds the
 * other and one picture (a credit in the figure, the caption under it)?
 */
function samePhoto(a: Element, b: Element): boolean {
  // (or a credit's line right after the photo's figure: "<figure>…<figcaption>…</figcaption></figure>
  // <p>Photo : VNA/CVN</p>")
  // (not a second photo's own caption, "Photo : VNA" in a figure of its own)
  if (BARE_CREDIT.test(textOf(b))) return false;
  const figure = b.closest('figure');
  if (
    figure &&
    !a.closest('figure') &&
    (a.previousElementSibling === figure || a.parentElement?.previousElementSibling === figure)
  )
    return true;
  for (let box = a.parentElement, up = 0; box && up < 3; box = box.parentElement, up++)
    if (box.contains(b)) return box.querySelectorAll('img, amp-img').length <= 1;
  return false;
}

/**
 * The story said twice in one page, a desktop and a mobile copy one of which its style sheet hides:
 * two paragraphs or more said again word for word, in the same order, are the second copy's. One
 * paragraph said again stays (a bulletin's advice after each province, a speech's refrain).
 */
function withoutSecondCopy(paragraphs: string[]): string[] {
  const first = new Map<string, number>();
  const copyOf = paragraphs.map((p, i) => {
    const key = sameTextKey(p);
    const before = p.length >= MIN_COPIED_PARAGRAPH ? first.get(key) : undefined;
    if (!first.has(key)) first.set(key, i);
    return before ?? -1;
  });
  const at = (i: number) => copyOf[i] ?? -1;
  // (each of a run of two: its neighbour is the copy of its original's neighbour)
  const inRun = (i: number) => at(i) >= 0 && (at(i + 1) === at(i) + 1 || (at(i - 1) >= 0 && at(i - 1) === at(i) - 1));
  return paragraphs.filter((_, i) => !inRun(i));
}
/**
 * The boxes after the layout's body, in the article's box, up to the last that holds running text:
 * the story split over blocks ("<div itemprop=articleBody>" for its first paragraphs, then a CMS's
 * note, a gallery and more text as frames of their own). Their photos are the story's.
 */
function bodyContinuation(bodyEl: Element | null, scope: Element | null): Element[] {
  if (!bodyEl || !scope || scope === bodyEl || !scope.contains(bodyEl)) return [];
  const after: Element[] = [];
  for (let at: Element = bodyEl; at !== scope && at.parentElement; at = at.parentElement)
    for (let s = at.nextElementSibling; s; s = s.nextElementSibling) after.push(s);
  // (only up to the last box of the story's running text: a feed, an author's box, a side box or
  // readers' comments after it are not the story, nor is a widget's photo before them)
  const storyText = (p: Element) => !inCommentBox(p) && !p.closest('aside');
  let last = -1;
  after.forEach((box, i) => {
    const running =
      box.tagName === 'P'
        ? textOf(box).length > RUNNING_TEXT && storyText(box)
        : holdsRunningText(box, (p) => !storyText(p), 1);
    if (running) last = i;
  });
  return after.slice(0, last + 1);
}

/** A line long enough to be a paragraph of a copy (not "Photo : VNA" said under every photo). */
const MIN_COPIED_PARAGRAPH = 30;

/**
 * A figure's own caption, one photo's, in no box with a heading of its own: a video box ("Vidéos")
 * between the title and the body is another box, and an italic line under a photo there may be
 * the standfirst.
 */
function isStoryPhotoCaption(cap: Element, scope: Element, titleEl: Element): boolean {
  // (or a line its class names a caption, or whose text a caption's class holds, in a box of one
  // photo: "<div><img/><p class="news-img-caption">…</p></div>", "<tr><td class="tplCaptionText">")
  const classNamed =
    CAPTION_CLASS.test(cap.className) ||
    [...cap.querySelectorAll('[class]')].some((e) => CAPTION_CLASS.test(e.className));
  // (or a line that ends on its credit in a box of one photo: "<td class="image_desc">… Photo : VNA</td>")
  const credited = endsOnCredit(textOf(cap));
  const figure = cap.tagName === 'FIGCAPTION' ? cap.closest('figure') : classNamed || credited ? photoBox(cap) : null;
  if (!figure || !scope.contains(figure)) return false;
  // (a <picture> or <video> and the <img>/<source> fallbacks inside it are one medium)
  const media = [...figure.querySelectorAll('img, picture, video, iframe')];
  if (media.filter((m) => !figure.contains(m.parentElement?.closest('picture, video') ?? null)).length > 1)
    return false;
  // (a photo's: not a video's or an embed's, not an avatar's or a logo's)
  if (media.some((m) => m.tagName === 'VIDEO' || m.tagName === 'IFRAME' || (m.tagName === 'IMG' && notAPhoto(m))))
    return false;
  // (every box between the figure and the scope lies in the outermost: one look there)
  let outer: Element = figure;
  while (outer.parentElement && outer.parentElement !== scope) outer = outer.parentElement;
  // (a standfirst set as a heading, a sentence, is no box's label: "<h2 class="article-sapo">…")
  for (const h of outer.querySelectorAll('h2, h3, h4, h5, h6'))
    if (h !== titleEl && !figure.contains(h) && textOf(h).length <= MAX_BOX_LABEL) return false;
  return true;
}

/** A box's heading ("Vidéos", "Photos du jour") is a label, not a sentence. */
const MAX_BOX_LABEL = 100;

/** The nearest box over a caption that holds one photo (three levels up at most), or null. */
function photoBox(cap: Element): Element | null {
  // (or the picture's own box right before it, one picture and no words: "<div class=photo><img/>
  // </div><p class=caption>…</p>")
  const before = cap.previousElementSibling;
  if (before && !textOf(before) && before.querySelectorAll('img, amp-img, picture').length === 1) return before;
  let box = cap.parentElement;
  for (let i = 0; box && i < 3; i++, box = box.parentElement) {
    const media = box.querySelectorAll('img, amp-img, iron-image, picture, video');
    if (media.length === 1) return box;
    if (media.length > 1) return null;
  }
  return null;
}

/**
 * A cover photo right over the title's box, as a mobile or an app's page sets the story's photo
 * first ("<div class=article-cover><img/><p class=caption>…</p></div><div class=article-head><h1>"):
 * its caption, named so by its class or a <figcaption>, is the story's, when the box's class names
 * a cover (a site's banner over the title is none). Nothing else comes between, a kicker at most.
 */
function coverCaption(titleEl: Element | null): Element[] {
  let head = titleEl;
  for (let up = 0; head && up < 3; up++, head = head.parentElement) {
    let cover = head.previousElementSibling;
    // (past a kicker over the headline: "Culture")
    while (cover && isKicker(cover)) cover = cover.previousElementSibling;
    if (!cover) continue;
    const cap = [...cover.querySelectorAll('figcaption, [class]')].find(
      (el) => el.tagName === 'FIGCAPTION' || CAPTION_CLASS.test(el.className),
    );
    const text = cap ? textOf(cap) : '';
    return cap &&
      photoBox(cap) === cover &&
      hasClassMatching(cover, COVER_CLASS) &&
      text.length > 0 &&
      text.length <= 400 &&
      !cover.querySelector('a[href]')
      ? [cap]
      : [];
  }
  return [];
}

/** A class that names a story's cover photo: "article-cover", "hero", "featured-image", "main-image". */
const COVER_CLASS = /(?:^|[-_])(?:cover|hero|featured(?:[-_]?image)?|main[-_]?image|lead[-_]?image)(?:$|[-_])/i;

/** A rubric's few words over a headline, no sentence and no picture: "Culture", "Politique - Diplomatie". */
function isKicker(el: Element): boolean {
  const text = textOf(el);
  return (
    !!text &&
    text.length <= 40 &&
    text.split(' ').length <= 5 &&
    !/[.!?…:]$/.test(text) &&
    !el.querySelector('img, picture, video')
  );
}

/** What the page's metadata and structure say, found before the feed was taken out. */
export interface StructureCues {
  meta: PageMeta;
  /** the article's title: the layout's, or the heading that matches the metadata's */
  titleEl: Element | null;
  /** the other stories printed whole in the page (other-stories.ts), read once by the caller */
  others?: Element[];
}

/** "Figure 1 : ", "Fig. 2. ", "Illustration 3 – " opening a caption: a document's numbering. */
const FIGURE_NUMBER = /^(?:figure|fig\.|illustration)\s*\d{1,3}\s*[:.–—-]\s*(?=\p{L})/iu;

export function* articleSteps(
  clone: Document,
  layout: Layout,
  base: string,
  { meta, titleEl, others }: StructureCues = { meta: { title: null, description: null }, titleEl: null },
): Steps<ArticleResult> {
  const signals: string[] = [];
  // (a copy of a VNA story on another site: its credits and quoting words are read apart)
  const offVna = !isVnaUrl(pageKey(base));
  const bodyEl = layoutBody(clone, layout, base);
  // no known layout found the body: the page's structure answers (and the caller says so)
  if (layout.name === 'generic' || !bodyEl) signals.push('article:structural');
  const scope = bodyEl?.closest(SITE.scope) ?? bodyEl;
  if (titleEl && offVna) removeCopyIntroductions(titleEl, bodyEl);
  const subtitle = titleEl ? splitSubtitle(titleEl) : null;
  const title =
    (titleEl ? headlineText(titleEl) : '') ||
    meta.title ||
    clone.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    '';
  // The sapo's first paragraph when it has paragraphs: on broken markup the sapo box can
  // swallow the rest of the page, its first paragraph cannot.
  // (a box of the layout's lead class past the story's paragraphs is another's: a teaser's "lead")
  const classed = clone.querySelector(layout.lead);
  const leadEl =
    (classed && (!titleEl || !pastParagraphs(classed, titleEl)) ? classed : null) ??
    subtitle ??
    (titleEl ? leadElement(titleEl, meta) : null);
  // (a lead box left open on broken markup swallows the story after it: its own words before its
  // first block are the lead, and the box stays)
  const own = leadEl && !bodyEl ? ownText(leadEl) : '';
  const swallows = own.length >= 40 && textOf(leadEl).length > 2 * own.length;
  let lead =
    (leadEl && bodyEl && leadEl.contains(bodyEl)
      ? ownText(leadEl)
      : swallows
        ? own
        : textOf(leadEl?.querySelector('p') ?? leadEl)) || null;
  // else a short date line right after the title, or right above it (a print view's header, an
  // old layout's "Publié le … à …" over the headline); else the day its address names
  // (the date the page shows by the title wins over a machine date that says another: an SEO
  // plugin's UTC or wrong zone, the first draft's or the last update's time, a republication)
  const published =
    creditedOrMarked(titleEl && offVna ? (creditedDateLine(titleEl) ?? sourceLineDate(titleEl)) : null, () =>
      shownOverMachine(publishedOf(clone, scope, titleEl), () =>
        titleEl && !offVna ? shownDateLine(clone, titleEl) : null,
      ),
    ) ??
    (titleEl ? dateLineNear(titleEl) : null) ??
    publicationLine(clone, titleEl) ??
    classedDateLine(clone, titleEl) ??
    dateInAddress(base);

  // other stories printed whole in the page (an infinite scroll's next ones, a dossier's follow-ups,
  // a brief's short stories): other pages' articles, their photos' captions too
  if (titleEl) for (const story of others ?? otherStories(clone, titleEl, bodyEl)) story.remove();
  // (the writer's box, an avatar beside a line on the desk, is neither a photo's caption nor the story)
  removeNamedAuthorBoxes(clone, [bodyEl, titleEl]);
  // Fields that live inside the body and must not be read as body text.
  const captions: string[] = [];
  const inline: RelatedItem[] = [];
  let source: string | null = null;
  const bodyScope = bodyEl ?? clone.body;
  if (bodyScope) {
    const capEls = [
      ...coverCaption(titleEl),
      ...captionsAbove(scope, bodyScope, titleEl),
      ...captionElements(bodyScope, SITE.caption),
      ...bodyContinuation(bodyEl, scope).flatMap((box) => captionElements(box, SITE.caption)),
    ];
    // (a photo's credit alone, "Ảnh: TTXVN" in its figure, beside the caption of the same photo:
    // told before any caption leaves the page, whichever of the two comes first)
    const besideCaption = new Set(
      capEls.filter(
        (cap) =>
          BARE_CREDIT.test(textOf(cap)) &&
          capEls.some((other) => other !== cap && hasLetter(textOf(other)) && samePhoto(cap, other)),
      ),
    );
    for (const cap of capEls) {
      if (cap === leadEl || cap === titleEl || cap.contains(titleEl)) continue;
      if (besideCaption.has(cap)) {
        cap.remove();
        continue;
      }
      // (a gallery's counter in a box of its own at its start, "<span>1/3</span> Glissement…", is
      // no word of it)
      const counter = cap.firstElementChild;
      if (counter && !counter.previousSibling?.textContent?.trim() && isGalleryCounter(textOf(counter)))
        counter.remove();
      // (a decoration before it, "▲", "►": a caption opens on a word; a document's figure number
      // before it, "Figure 1 : ", is the export's label, not the caption's words)
      const text = stripPhotoAlt(textWithBreaks(cap), title)
        .replace(/^[^\p{L}\p{N}«"“([]+/u, '')
        .replace(FIGURE_NUMBER, '');
      // (the same caption twice, but for a space: a desktop and a mobile copy of the story; a line in
      // another script is a repost's own, "扫码下载客户端 · Téléchargez l'application" under a QR code)
      const own = !inAnotherScript(text) || inCjkLanguage(clone, title);
      // (a caption says something in words: a video player's "00:00 02:47" in its figure does not)
      if (text && hasLetter(text) && own && !captions.some((c) => sameTextKey(c) === sameTextKey(text)))
        captions.push(text);
      cap.remove();
    }
    // (and between the title and the body's box, in the article's: a ">>" line under the standfirst)
    const lineScope = scope && scope !== bodyScope && scope.contains(bodyScope) ? scope : bodyScope;
    for (const p of inlineLines(lineScope)) {
      // ("Lire la suite : X (2e partie)": this story's next page, not another story)
      for (const story of inlineStories(p, base)) if (!continues(story.title, title)) inline.push(story);
      p.remove();
    }
    for (const card of inlineCards(bodyScope, base, titleEl)) {
      const story = inlineCardStory(card, base);
      if (story) inline.push(story);
      card.remove();
    }
    const sourceEl = bodyScope.querySelector(layout.source) ?? clone.querySelector(layout.source);
    if (sourceEl) {
      source = textOf(sourceEl).replace(/^source\s*:\s*/i, '') || null;
      sourceEl.remove();
    }
  }
  // the lead is read on its own, never as the body's first paragraph
  // (left in place when it opens the box of the story's paragraphs: Readability weighs that box with
  // it, and the lead's copy before the dateline is dropped below)
  if (leadEl?.isConnected && !(bodyEl && leadEl.contains(bodyEl)) && !swallows && !opensStoryBox(leadEl))
    leadEl.remove();

  yield;
  revealScriptHidden(clone);
  if (titleEl) removeKickers(titleEl);
  if (titleEl && offVna) removeQuotingWords(titleEl, bodyEl);
  removeComments(clone, [bodyEl, titleEl]);
  removeOtherLanguages(clone, [bodyEl, titleEl]);
  removeSignUpBoxes(clone, [bodyEl, titleEl]);
  removeLinkedAuthorBoxes(clone, [bodyEl, titleEl]);
  removeRepeatedQuotes(clone);
  removeQuoteFrames(clone, offVna);
  removeFactBoxes(clone, [bodyEl, titleEl]);
  removePlayerBoxes(clone, [bodyEl, titleEl]);
  removeEndNotes(clone);
  if (offVna) removeCopiersNotes(clone, titleEl, [bodyEl, titleEl]);
  // Noise never takes the article with it: on broken markup an unclosed share bar or meta line
  // can contain the body, and then it is not noise.
  removeNoise(clone, layout.noise, [bodyEl, titleEl]);
  // (a block of code, "<pre><code>…", is never a news story's: a notebook's or a blog's own)
  for (const pre of clone.querySelectorAll('pre'))
    if (pre.querySelector('code') && !holdsAny(pre, [bodyEl, titleEl])) pre.remove();
  // (after the noise: a link's words for screen readers are not the credit's)
  if (titleEl && offVna) removeWordsAfterSource(titleEl, bodyEl);
  // the lines that are only links (breadcrumb, tags, "follow us", a feed of bare titles) are never
  // the story; taken out here, Readability's retries on a short article do not walk them again
  removeLinkLines(clone, signals.includes('article:structural') ? null : bodyEl, leadEl, titleEl);
  if (titleEl?.closest('td')) removeSideColumns(titleEl, bodyEl ?? densestContainer(clone.body));
  // a date line outside the text ("Jeudi 18/07/2019 16:20"); a <time> inside a sentence stays
  for (const el of clone.querySelectorAll('time')) if (!el.closest('p, li, blockquote')) el.remove();
  // (a site builder's page: the story's text blocks, each in a record of its own, read as one box)
  if (layout.name === 'generic' && !bodyEl && gatherBuilderTextBlocks(clone)) signals.push('article:builder-blocks');
  const elementCount = clone.getElementsByTagName('*').length;
  if (elementCount > MAX_ELEMENTS) {
    signals.push(`article:none:too-many-elements(${elementCount})`);
    return { article: null, inline, signals };
  }
  let tooDeep = false;
  if (clone.documentElement && depthOf(clone.documentElement) > MAX_DEPTH) {
    flattenWrappers(clone.documentElement, bodyEl);
    // (a page builder's wrappers carry classes: "brz-wrapper-clone" three thousand deep)
    if (depthOf(clone.documentElement) > MAX_DEPTH) flattenWrappers(clone.documentElement, bodyEl, true);
    tooDeep = depthOf(clone.documentElement) > MAX_DEPTH;
    signals.push(tooDeep ? 'article:too-deep' : 'article:flattened');
  }
  yield;
  const rest = setAsideLongTail(clone, bodyEl);
  if (rest) signals.push(`article:long(${rest.blocks})`);
  yield;

  let content: Element | null = null;
  let readabilityTitle = '';
  unmaskStoryBoxes(clone);
  try {
    const parsed = tooDeep
      ? null
      : (new Readability(clone, {
          serializer: (el: Node) => el,
          charThreshold: 200,
          keepClasses: false,
        }).parse() as { content: unknown; title?: string | null } | null);
    content = (parsed?.content as Element | null) ?? null;
    readabilityTitle = squeeze(parsed?.title ?? '');
  } catch {
    signals.push('article:readability-failed');
  }
  yield;
  // Readability may give up on a very short article; the layout's own body is the next best.
  // (the layout's body, when it was the long container, is now the copy holding its first blocks)
  // (with no layout, a video's or a photo's few lines under the title: the box below the title
  // that holds a paragraph of running text)
  const root =
    content ?? (rest && bodyEl === rest.container ? rest.head : bodyEl) ?? shortStoryBox(clone, titleEl, title);
  if (!root) {
    signals.push('article:none:no-body');
    return { article: null, inline, signals };
  }
  signals.push(content ? 'article:readability' : bodyEl ? 'article:layout-body' : 'article:short-story');
  // (in the story it read: a weather or an exchange-rate table beside it is the page's)
  dataTablesAsLines(root, [titleEl]);

  let blocks: string[] = [];
  yield* blockSteps(root, blocks);
  if (rest) {
    // the set-aside blocks continue the container, right after its last block Readability read,
    // only if what it returned holds that block (else it chose another container)
    let at = rest.lastKept === null ? blocks.length - 1 : -1;
    for (let i = blocks.length - 1; at < 0 && i >= 0; i--)
      if (sameTextKey(blocks[i] as string) === rest.lastKept) at = i;
    if (at >= 0 || blocks.length === 0) {
      const tail: string[] = [];
      yield* blockSteps(rest.nodes, tail);
      blocks = [...blocks.slice(0, at + 1), ...tail, ...blocks.slice(at + 1)];
    } else signals.push('article:long-tail-dropped');
  }
  const finalTitle = title || readabilityTitle;
  const skip = new Set([sameTextKey(finalTitle), ...captions.map(sameTextKey)]);
  // The standfirst again before the story's dateline is the lead's box read twice; said again after
  // the dateline's paragraph, it is the story's own paragraph (VNA repeats the sapo in the body)
  const leadKey = lead ? sameTextKey(lead) : null;
  // (a Chinese edition's own lines are its story)
  const cjkPage = inCjkLanguage(clone, finalTitle);
  let datelineSeen = false;
  let leadCopyAt = -1;
  let paragraphs: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const text = stripPhotoAlt(blocks[i] as string, finalTitle);
    // (the source line first: "VNA" alone is also a word in capitals, which a rubric's label is)
    if (text && SOURCE_LINE.test(text)) {
      source ??= text.replace(/^(?:[-–—]\s*)?\(?source\s*:\s*/i, '').replace(/^[-–—]\s*|^\(|\)?\.?$/g, '');
      continue;
    }
    // (a line without a letter, an emoji or a rule, says nothing of the story)
    if (!text || !hasLetter(text)) continue;
    const key = sameTextKey(text);
    const leadCopy = key === leadKey;
    if (
      skip.has(key) ||
      (leadCopy && !datelineSeen) ||
      CREDIT_ONLY.test(text) ||
      DATE_ONLY.test(text) ||
      writtenDateLine(text, paragraphs.length === 0) ||
      isNonStoryLine(text, paragraphs.length > 0) ||
      (!cjkPage && inAnotherScript(text))
    )
      continue;
    if (leadCopy) leadCopyAt = paragraphs.length;
    paragraphs.push(text);
    datelineSeen ||= datelineOf(text) !== null;
  }
  // (a copy with no story after it is a share or summary box's, not the story's)
  if (leadCopyAt === paragraphs.length - 1) paragraphs.pop();
  paragraphs = withoutSecondCopy(withoutRepeatedShortLines(paragraphs));
  const bodyChars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (!finalTitle || bodyChars < MIN_BODY_CHARS) {
    signals.push(finalTitle ? 'article:none:no-body-text' : 'article:none:no-title');
    return { article: null, inline, signals };
  }
  // "<b>Standfirst.</b> Tokyo (VNA) – …" in one paragraph: the dateline opens the story; the
  // sentences before it in the same paragraph are its standfirst
  if (!lead && paragraphs[0] && !datelineOf(paragraphs[0])) {
    const m = STANDFIRST_BEFORE_DATELINE.exec(paragraphs[0].slice(0, 600));
    if (m?.[1] && datelineOf(paragraphs[0].slice(m[0].length))) {
      lead = m[1];
      paragraphs[0] = paragraphs[0].slice(m[0].length);
    }
  }
  const dateline = datelineOf(paragraphs[0]);
  source ??= agencyOf(paragraphs, dateline !== null);
  return {
    article: { title: finalTitle, lead, paragraphs, captions, published, dateline, source },
    inline,
    signals,
  };
}

/**
 * One walk over the elements, outermost noise first (its contents go with it). What holds the
 * body or the title is never noise (an unclosed share bar on broken markup), nor a <form> that
 * holds the page's running text (ASP.NET and JSF pages wrap the whole page in one; a comment
 * form holds comments beside the story, not the story's box).
 */
function removeNoise(doc: Document, noise: Noise, keep: (Element | null)[]): void {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  let densest: Element | null | undefined;
  let pageChars = -1;
  // a static querySelectorAll: Array.from over jsdom's live HTMLCollection is quadratic (10 s for 9,000 elements)
  for (const el of root.querySelectorAll('*')) {
    if (!el.isConnected || !isNoise(el, noise)) continue;
    if (holdsAny(el, keep)) continue;
    if (el.tagName === 'FORM') {
      if (densest === undefined) densest = densestContainer(root);
      if (densest && el.contains(densest)) continue;
      // (a form that holds most of the page's words wraps the page, not a form's fields: a forum's
      // moderation form around its posts, whose story is text between line breaks)
      if (pageChars < 0) pageChars = (root.textContent ?? '').length;
      if ((el.textContent ?? '').length * 2 > pageChars) continue;
    }
    // (a forum that calls its box of posts "comments": when the page has no running text outside
    // it and a post holds a dispatch, the first post is the story, read from there)
    if (el.id !== '' && isPageText(root, el)) continue;
    el.remove();
  }
  // <head> holds styles and scripts only; Readability reads the title from the page itself
  for (const el of Array.from(doc.querySelectorAll('head script, head style'))) el.remove();
}

/** Does box hold the page's only running text, a dispatch among it ("Hanoi (VNA) –")? */
function isPageText(root: Element, box: Element): boolean {
  if (!holdsRunningText(box) || holdsRunningText(root, (p) => box.contains(p))) return false;
  for (const p of box.querySelectorAll('p')) if (datelineOf(textOf(p)) !== null) return true;
  return false;
}

/** Does a linked title continue this story: its next part ("… (2e partie)"), the same head words? */
function continues(linked: string, title: string): boolean {
  const [a, b] = [sameTextKey(linked), sameTextKey(title)];
  const head = Math.min(30, a.length, b.length);
  return head >= 15 && a.slice(0, head) === b.slice(0, head) && NEXT_PART.test(linked);
}
const NEXT_PART = /\b(?:\d+(?:e|ème)|seconde|deuxième|troisième|dernière) partie\b|\(suite\)|\(\d\/\d\)|\bpage \d/i;

/**
 * Readability's own class-name patterns (its scoring weighs a box by them), read from the library
 * so the two never disagree; the patterns of its release 0.6 if a later one moves them.
 */
const READABILITY_PATTERNS = (
  Readability.prototype as unknown as { REGEXPS?: { negative?: RegExp; positive?: RegExp } }
).REGEXPS;
export const READABILITY_NEGATIVE: RegExp =
  READABILITY_PATTERNS?.negative ??
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
export const READABILITY_POSITIVE: RegExp =
  READABILITY_PATTERNS?.positive ??
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
/** Class names of the boxes that hold other words than the story's: comments, related stories, ads. */
const OTHER_CONTENT = /comment|com-|reply|related|sidebar|footer|sponsor|outbrain|promo|banner|contact|shopping/i;

/**
 * A story box whose class says so ("entry-content") is no share bar or widget for a theme's flag
 * beside it ("is-highlight-shares", Elementor's "elementor-widget-theme-post-content"): Readability
 * would weigh it down by that flag, below an author's bio. The flags are taken off such a box when
 * it holds two paragraphs of running text or more; names of other content (comments, related
 * stories) stay, and a box no class names as a story's is left as it is (a utility class,
 * "scroll-mt-20", says nothing of its content). A class that says a field's label is hidden goes
 * from every box.
 */
function unmaskStoryBoxes(doc: Document): void {
  // (Drupal marks every field whose label it does not print "field--label-hidden": the label is
  // hidden, not the field, and Readability's "hidden" would weigh each of the story's fields down)
  for (const el of doc.querySelectorAll('[class*="label-hidden" i], [class*="label--hidden" i]'))
    for (const c of [...el.classList]) if (/label-{1,2}hidden$/i.test(c)) el.classList.remove(c);
  const counts = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const box = p.parentElement;
    // (the class first: most boxes name no story, or no flag, and their paragraphs are not read)
    if (!box || !READABILITY_POSITIVE.test(box.className) || !READABILITY_NEGATIVE.test(box.className)) continue;
    if (textOf(p).length > RUNNING_TEXT) counts.set(box, (counts.get(box) ?? 0) + 1);
  }
  for (const [box, n] of counts) {
    if (n < 2) continue;
    for (const c of [...box.classList])
      if (READABILITY_NEGATIVE.test(c) && !OTHER_CONTENT.test(c)) box.classList.remove(c);
  }
}

/**
 * The densest box after the title, when it holds a paragraph of running text; else null. (A
 * Readability that gave up has put back the page it was given as new elements: the title is
 * found again by its words.)
 */
function shortStoryBox(doc: Document, titleEl: Element | null, title: string): Element | null {
  const key = sameTextKey(title);
  const heading = titleEl?.isConnected
    ? titleEl
    : key
      ? ([...doc.querySelectorAll(titleEl?.tagName ?? 'h1')].find((h) => sameTextKey(textOf(h)) === key) ?? null)
      : null;
  if (!heading) return null;
  const box = densestContainer(doc.body);
  if (!box || !(heading.compareDocumentPosition(box) & FOLLOWING)) return null;
  return holdsRunningText(box, undefined, 1) ? box : null;
}

/** Element depth of the tree under root (iterative: deep trees overflow recursion). */
function depthOf(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, d] = top;
    if (d > max) max = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

/** Attributes that make a wrapper more than a box: it hides, styles or names what it holds. */
const SAYS_SOMETHING = ['hidden', 'style', 'aria-hidden', 'role', 'itemprop', 'itemscope'];

const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'FONT', 'B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'BIG', 'CENTER']);

/**
 * Replace attribute-less wrappers that hold a single element and no text by that element,
 * innermost first (so each move carries an already flat subtree). `keep` and its ancestors stay.
 * `classed`: wrappers with attributes too (a second pass, when the first left the page too deep).
 */
function flattenWrappers(root: Element, keep: Element | null, classed = false): void {
  const order: Element[] = [];
  const stack: Element[] = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    order.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const child = el.firstElementChild;
    if (!child || el === root || !WRAPPERS.has(el.tagName) || el.childElementCount !== 1) continue;
    // (a wrapper with attributes, a class, an id, is flattened only on the second pass; never one
    // that hides or names what it holds: a hidden print copy stays hidden)
    if (el.attributes.length > 0 && (!classed || SAYS_SOMETHING.some((a) => el.hasAttribute(a)))) continue;
    if (keep && el.contains(keep)) continue;
    if ([...el.childNodes].some((n) => n !== child && (n.nodeType !== 3 || (n.textContent ?? '').trim() !== '')))
      continue;
    el.replaceWith(child);
  }
}

/** The text an element holds itself, before its first child element that is a block. */
function ownText(el: Element): string {
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === 1 && BLOCKS.has((child as Element).tagName)) break;
    if (child.nodeType === 1 && (child as Element).tagName === 'DIV') break;
    text += child.textContent ?? '';
  }
  return squeeze(text);
}

/** "… à ce pays.-VNA" or a "(VNA)" dateline name the agency when no source line does. */
function agencyOf(paragraphs: string[], hasDateline: boolean): string | null {
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const tail = /[-–(]\s*(VNA\/CVN|VNA|CVN|AVI)\)?\s*$/.exec(last);
  if (tail) return tail[1] ?? null;
  if (hasDateline) {
    const m = /\((VNA\/CVN|VNA|CVN|AVI)\)/.exec(paragraphs[0] ?? '');
    return m?.[1] ?? null;
  }
  return null;
}

/**
 * A box of running text hidden by an inline "visibility: hidden" or "opacity: 0" is one the page's
 * script shows once it has loaded (WeChat's #js_content, fade-in themes): a copy read before the
 * script ran, or with scripts off, still holds the story there. ("display: none" stays hidden:
 * closed tabs, menus and other languages are hidden that way.)
 */
function revealScriptHidden(doc: Document): void {
  const hidden = [...doc.querySelectorAll<HTMLElement>('[style*="visibility" i], [style*="opacity" i]')].filter(
    (el) => SCRIPT_HIDDEN.test(el.getAttribute('style') ?? '') && holdsRunningText(el),
  );
  if (!hidden.length) return;
  // (only when the page shows no story of its own: a story shown beside a hidden box is the page's,
  // and the hidden box a preloaded next story or a closed panel)
  if (doc.documentElement && holdsRunningText(doc.documentElement, (p) => hidden.some((h) => h.contains(p)))) return;
  for (const el of hidden) el.setAttribute('style', (el.getAttribute('style') ?? '').replace(SCRIPT_HIDDEN_ALL, ''));
}
const SCRIPT_HIDDEN = /visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d])/i;
const SCRIPT_HIDDEN_ALL = new RegExp(SCRIPT_HIDDEN.source, 'gi');

/**
 * The short lines right before the title in its own box — a kicker, a rubric ("L'actualité du
 * mois", "Diplomatie") — name the page's section, not the story. (Its date, read before, is kept.)
 * So does a short line right under it that links its rubric's page ("<a>Faune sauvage</a>
 * <span>Dépêche</span>"), before the story's first line of running text or picture.
 */
function removeKickers(titleEl: Element): void {
  // (the title's own box: up through wrappers that hold it alone, "<section><h1>…</h1></section>")
  let box = titleEl;
  while (box.parentElement && box.parentElement.childElementCount === 1 && textOf(box.parentElement) === textOf(box))
    box = box.parentElement;
  for (let s = box.previousElementSibling, n = 0; s && n < 2; n++) {
    const before = s.previousElementSibling;
    if (isKicker(s)) s.remove();
    s = before;
  }
  // (the title's next few siblings, read alone: this runs on every page)
  for (let s = box.nextElementSibling, n = 0; s && n < 3; n++) {
    const next = s.nextElementSibling;
    const text = textOf(s);
    if (s.querySelector('img, picture, video') || text.length > RUNNING_TEXT) break;
    const links = [...s.querySelectorAll('a[href]')];
    const linked = links.reduce((k, a) => k + textOf(a).length, 0);
    // (opening on its link: "Entretien avec <a>X</a>" says whom the story is with; not a cell of
    // a table of the page's properties, "Source | VietnamPlus", read as a whole)
    const opensOnLink = !!links[0] && text.startsWith(textOf(links[0]));
    if (isKicker(s) && opensOnLink && linked * 2 >= text.length && !s.closest('td, th, li')) s.remove();
    s = next;
  }
}

/**
 * A copy's words between its headline and the story that say it copies it ("Je recopie l'article,
 * le site est souvent lent…", "… : voici la dépêche de l'agence, reprise telle quelle.", "Je
 * reprends ci-dessous la dépêche du Courrier du Vietnam."), and a greeting right before them
 * ("Bonjour à tous,"): the copier's, not the story's. Among the first lines after the headline,
 * before the dispatch's dateline.
 */
function removeCopyIntroductions(titleEl: Element, keep: Element | null): void {
  const lines = linesAfter(titleEl, 12);
  for (const [i, line] of lines.entries()) {
    const text = textOf(line);
    if (datelineOf(text)) break;
    // (the copier's words open the page: among the first lines, or opening a short line)
    const copies = (i < 6 && COPY_INTRO.test(text)) || (text.length <= 200 && COPY_LINE.test(text));
    // (a source line that dates the story stays for its date: "Un article … paru sur Vietnam+ le
    // 27/02/2017 à 20h14, que nous reproduisons…")
    if (text.length > 400 || !copies || isSourceCredit(text) || (keep && line.contains(keep))) continue;
    const prev = lines[i - 1];
    if (prev && GREETING.test(textOf(prev))) prev.remove();
    line.remove();
  }
}
/** A copier's words about the copy: "je recopie", "voici la dépêche", "reprise telle quelle". */
const COPY_INTRO =
  /\b(?:je (?:recopie|reprends|reproduis|partage|mets|colle|relaie)(?: ici| ci-dessous)? (?:l['’]article|la dépêche|le texte|cet article|cette dépêche)\b|je (?:recopie|reprends|reproduis|colle) ci-dessous\b|(?:voici|voilà) (?:la dépêche|l['’]article)\b|reprise? telle quelle|nous (?:la |le |l['’])?reproduisons\b)/i;
/** A line that opens on the copy itself: "Copie intégrale pour mes révisions.", "Article repris du Courrier…". */
const COPY_LINE = /^(?:copie intégrale|article repris d)/i;
const GREETING = /^(?:bonjour|bonsoir|salut|hello)(?:\s+(?:à tous|a tous|à toutes|tout le monde))?\s*[,!.]?$/i;

/**
 * A page quoting a VNA story under a subheading (a course's lesson, a blog's post): the page's own
 * words before the story's headline, in the headline's box, are not the story ("Bonjour à tous,
 * lisez la dépêche ci-dessous…"). Only when the headline is no <h1> and running text is among them.
 */
function removeQuotingWords(titleEl: Element, keep: Element | null): void {
  if (!isSubheading(titleEl)) return;
  const before: Element[] = [];
  for (let s = titleEl.previousElementSibling; s; s = s.previousElementSibling) before.push(s);
  // (running text: a paragraph, or a box of the page's own, a wiki's note)
  const running = (s: Element) => (s.tagName === 'P' || s.tagName === 'DIV') && textOf(s).length > 100;
  if (!before.some(running) || before.some((s) => keep && s.contains(keep))) return;
  for (const s of before) if (s.tagName === 'P' || s.tagName === 'DIV') s.remove();
}

/**
 * A lead that opens the box holding the story's paragraphs, as a newsletter's cell writes it
 * ("<td><div><strong>Lead.</strong></div><div>&nbsp;</div><div>Body…</div>…"): three or more
 * paragraphs of running text after it among its siblings.
 */
function opensStoryBox(leadEl: Element): boolean {
  let running = 0;
  // (paragraphs only: a box of them after the lead, the whole body, is not read here — its text may
  // be a megabyte)
  for (let s = leadEl.nextElementSibling; s && running < 3; s = s.nextElementSibling)
    if (!s.querySelector('p, div, td') && (s.textContent?.length ?? 0) > 150) running++;
  return running >= 3;
}

/**
 * A course's or a blog's page that quotes a VNA story under its own headline closes the quote with
 * the story's source ("Source : VietnamPlus (VNA)"): what follows it beside the story — questions,
 * a glossary, the teacher's signature — is the page's own words.
 */
function removeWordsAfterSource(titleEl: Element, keep: Element | null): void {
  if (!isSubheading(titleEl)) return;
  const after: Element[] = [];
  for (let s = titleEl.nextElementSibling; s; s = s.nextElementSibling) after.push(s);
  const credit = after.findIndex((s) => isSourceCredit(squeeze(textOf(s))));
  if (credit < 1) return;
  // (the quote closes the story: the page's own section opens after the credit, under a heading of
  // its own ("Travail à faire"), or most of the running text is before it — a credit line with as
  // much running text after it is a photo's or a paragraph's, inside the story)
  const running = (els: Element[]) =>
    els.reduce((n, s) => {
      const chars = s.tagName === 'P' ? textOf(s).length : 0;
      return n + (chars > 100 ? chars : 0);
    }, 0);
  const before = running(after.slice(0, credit));
  const ownSection = /^H[2-6]$/.test(after[credit + 1]?.tagName ?? '');
  if (before === 0 || (!ownSection && running(after.slice(credit + 1)) * 2 >= before)) return;
  for (const s of after.slice(credit + 1)) if (!(keep && s.contains(keep))) s.remove();
}

/**
 * Readers' comments and a forum's replies, marked as such (schema.org's Comment), are not the
 * story. When the page shows no running text outside them, its first is the story (a forum that
 * marks every post a comment): it stays.
 */
function removeComments(doc: Document, keep: (Element | null)[]): void {
  const comments = [...doc.querySelectorAll(MARKED_COMMENTS)].filter(
    (el) => !el.parentElement?.closest(MARKED_COMMENTS),
  );
  if (!comments.length) return;
  const shown = !!doc.documentElement && holdsRunningText(doc.documentElement, (p) => !!p.closest(MARKED_COMMENTS));
  const story = shown ? undefined : comments.find((c) => holdsRunningText(c) || textOf(c).length > 300);
  for (const el of comments) if (el !== story && el.isConnected && !holdsAny(el, keep)) el.remove();
}

/**
 * A machine date against the date a VNA page shows by its title, in Hanoi time: the shown instant,
 * day and hour, wins when it says another (a copy elsewhere shows the reader's own zone: there the
 * machine date stays). A shown day alone gives way: the machine date, or a line below, says more.
 * (`shown` is read only when there is a machine date to weigh it against: it may walk the page.)
 */
function shownOverMachine(machine: string | null, shown: () => string | null): string | null {
  if (!machine) return null;
  const line = shown();
  if (!line || line.includes('T00:00:00')) return machine;
  return Date.parse(line) === Date.parse(machine) ? machine : line;
}

/**
 * A copy's credited date, or the page's marked one: the marked one when they name the same day and
 * the credit gives no hour (the copy's metadata then dates the same story to the minute).
 */
function creditedOrMarked(credited: string | null, marked: () => string | null): string | null {
  if (!credited) return marked();
  if (!credited.includes('T00:00:00')) return credited;
  const m = marked();
  return m && m.slice(0, 10) === credited.slice(0, 10) ? m : credited;
}
