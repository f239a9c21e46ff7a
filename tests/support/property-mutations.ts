// Changes made to the page while it is read (what a page script or a lazy loader does), for the
// property tests (tests/unit/property.test.ts).
import fc from 'fast-check';
import { type Page, smallPage } from './property-pages';

export const MUTATIONS: Record<string, (doc: Document) => void> = {
  removeBody: (doc) => doc.body?.remove(),
  clearBody: (doc) => {
    if (doc.body) doc.body.innerHTML = '';
  },
  removeTitle: (doc) => doc.querySelector('h1')?.remove(),
  removeArticleBody: (doc) => doc.querySelector('.article__body, .cms-body, .post-content, [itemprop]')?.remove(),
  removeFirstParagraph: (doc) => doc.querySelector('p')?.remove(),
  removeFeed: (doc) => doc.querySelector('.content-list, .zone--related, .box-related')?.remove(),
  appendParagraphs: (doc) => {
    const root = doc.querySelector('.article__body, .post-content, .cms-body') ?? doc.body ?? doc.documentElement;
    for (let i = 0; i < 30; i++) {
      const p = doc.createElement('p');
      p.textContent = `Ajouté ${i} : le ministre Nguyen Van An (VNA) – à Hanoi <img src=x onerror=alert(1)>.`;
      root?.appendChild(p);
    }
  },
  hostileTitle: (doc) => {
    const h1 = doc.querySelector('h1');
    if (h1) h1.innerHTML = 'Tô Lâm <img src=x onerror=alert(1)> &lt;script&gt; \u202eVN\u202c';
  },
  nestBody: (doc) => {
    const body = doc.body;
    if (!body) return;
    let inner: Element = body;
    const kids = [...body.childNodes];
    for (let i = 0; i < 300; i++) inner = inner.appendChild(doc.createElement('div'));
    for (const k of kids) inner.appendChild(k);
  },
  replaceRoot: (doc) => {
    const html = doc.createElement('html');
    html.innerHTML =
      '<body><h1 class="article__title">Remplacé</h1><div class="article__body"><p>Court.</p></div></body>';
    if (doc.documentElement) doc.replaceChild(html, doc.documentElement);
  },
  splitTextNodes: (doc) => {
    for (const p of doc.querySelectorAll('p')) {
      const t = p.firstChild;
      if (t && t.nodeType === 3 && (t.textContent?.length ?? 0) > 2) (t as Text).splitText(1).before('\u200b');
    }
  },
  attributes: (doc) => {
    doc.documentElement?.setAttribute('lang', '<x>');
    for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', `${el.getAttribute('class')} sidebar`);
  },
};

export type When = 'between' | 'querySelectorAll' | 'textContent';

interface MutatedPage extends Page {
  op: string;
  when: When;
  nth: number;
}

export const mutatedPage: fc.Arbitrary<MutatedPage> = fc
  .record({
    page: smallPage,
    op: fc.constantFrom(...Object.keys(MUTATIONS)),
    when: fc.constantFrom<When>('between', 'querySelectorAll', 'textContent'),
    nth: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ page, op, when, nth }) => ({ ...page, op, when, nth }));
