// Probes that run inside a browser page (passed to page.evaluate, so each is self-contained), shared
// by the Chromium and Firefox tests so both browsers are held to exactly the same checks.

/** What the page's own scripts (main world) can see of VNA Lens after highlighting. */
export function whatPageScriptsSee(cardIdPrefix: string) {
  const host = document.querySelector(`[id^="${cardIdPrefix}"]`);
  const marks = [...document.querySelectorAll('mark.vna-lens-mark')];
  return {
    globals: Object.keys(window).filter((k) => /vna|lens/i.test(k)),
    shadowRoot: host ? host.shadowRoot : 'no host',
    attrs: [...new Set(marks.flatMap((m) => m.getAttributeNames()))].sort(),
    classes: [...new Set(marks.flatMap((m) => [...m.classList]))].sort(),
    hostAttrs: host?.getAttributeNames().sort() ?? [],
  };
}

/** An extension page (popup, options) that shows page strings: anything that is not text? */
export function extensionPageContents(extensionBase: string) {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    foreignImages: [...document.images].filter((i) => !i.src.startsWith(`${extensionBase}icon/`)).length,
    svg: document.querySelectorAll('svg').length,
    scripts: [...document.scripts].filter((s) => !s.src.startsWith(`${extensionBase}chunks/`)).length,
    embeds: document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv]').length,
    handlers: all.filter((e) => e.getAttributeNames().some((a) => /^on/i.test(a))).length,
    links: [...document.querySelectorAll('a[href]')]
      .map((a) => (a as HTMLAnchorElement).href)
      // web addresses, and the extension's own pages (the popup links to timeline.html)
      .filter((h) => !/^https?:\/\//.test(h) && !h.startsWith(extensionBase)),
  };
}

/** extensionPageContents of a page that shows page strings as text only. */
export const CLEAN_EXTENSION_PAGE = {
  pwned: null,
  foreignImages: 0,
  svg: 0,
  scripts: 0,
  embeds: 0,
  handlers: 0,
  links: [],
};

/** How many names VNA Lens has marked in the page. */
export function countMarks() {
  return document.querySelectorAll('mark.vna-lens-mark').length;
}

/** Is the entity card shown (its host displayed)? */
export function isCardShown(cardIdPrefix: string) {
  const host = document.querySelector(`[id^="${cardIdPrefix}"]`) as HTMLElement | null;
  return host ? getComputedStyle(host).display !== 'none' : false;
}

/** The marks and the text of the article body's paragraph `index` (null: no such paragraph). */
export function bodyParagraph(index: number) {
  const p = document.querySelectorAll('.article__body p')[index];
  return p ? { marks: p.querySelectorAll('mark.vna-lens-mark').length, text: p.textContent ?? '' } : null;
}
