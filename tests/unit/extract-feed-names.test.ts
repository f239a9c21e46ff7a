// How a feed says what it is when it has no heading a reader sees, or one in other words than
// "Voir plus", and the teaser parts such boxes carry (blind round 8: a Facebook Instant Article's
// related list, a Plone "Contenu lié" box). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseHtml } from './helpers';

const URL = 'https://fr.vietnamplus.vn/le-vietnam-et-le-laos-renforcent-leur-cooperation-post1001.vnp';
const TITLE = 'Le Vietnam et le Laos renforcent leur coopération dans la défense';
const BODY = [
  'Hanoï (VNA) – Le ministre de la Défense a reçu son homologue lao pour discuter de la coopération bilatérale dans la défense, selon le ministère.',
  'Les deux parties ont convenu de renforcer les échanges de délégations et la formation des officiers, a-t-il ajouté lors de la rencontre.',
  "La coopération dans la défense est un pilier des relations spéciales entre les deux pays, ont-ils affirmé à l'issue de l'entretien.",
];
// real teaser titles of the real corpus (dev items)
const STORIES = [
  [
    'le-vietnam-et-le-bangladesh-disposent-dun-fort-potentiel-post2001.vnp',
    'Le Vietnam et le Bangladesh disposent d’un fort potentiel de coopération',
  ],
  ['le-premier-ministre-part-pour-le-cambodge-post2002.vnp', 'Le Premier ministre part pour le Cambodge'],
  [
    'le-qatar-attache-de-limportance-aux-relations-post2003.vnp',
    "Le Qatar attache de l'importance aux relations avec le Vietnam",
  ],
];
const link = ([path, title]: string[], attrs = '') =>
  `<a href="https://fr.vietnamplus.vn/${path}"${attrs}>${title}</a>`;
const run = (box: string, after = '') => {
  const html = `<html lang="fr"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${BODY.slice(0, 2)
    .map((p) => `<p>${p}</p>`)
    .join('')}${box}<p>${BODY[2]}</p></article>${after}</body></html>`;
  return extract(parseHtml(html, URL), URL);
};
const titles = (x: ReturnType<typeof run>) => x.related.map((r) => r.title);

describe('a list of story links named only for assistive technology', () => {
  it('is the feed when its aria-label or title says so', () => {
    for (const attr of ['title="À lire aussi"', 'aria-label="Sur le même sujet"']) {
      const x = run(
        `<ul class="op-related-articles" ${attr}>${STORIES.map((s) => `<li>${link(s)}</li>`).join('')}</ul>`,
      );
      expect(titles(x)).toEqual(STORIES.map((s) => s[1]));
      expect(x.article?.paragraphs).toEqual(BODY);
    }
  });

  it('is no feed when its name says it is a side list, or names nothing', () => {
    for (const attr of ['aria-label="Les plus lus"', 'aria-label="Liste"']) {
      const x = run(`<ul ${attr}>${STORIES.map((s) => `<li>${link(s)}</li>`).join('')}</ul>`);
      expect(x.related).toEqual([]);
    }
  });
});

describe('a feed label in other French words', () => {
  it('names a short list of bare links the feed, accents and singulars included', () => {
    for (const label of [
      'Contenu lié',
      'Articles associés',
      'Sur le même thème',
      'Dans le même dossier',
      'Tin liên quan',
    ]) {
      const x = run(
        '',
        `<div class="box"><h3>${label}</h3><ul>${STORIES.map((s) => `<li>${link(s)}</li>`).join('')}</ul></div>`,
      );
      expect(titles(x), label).toEqual(STORIES.map((s) => s[1]));
    }
  });
});

describe('a teaser link with a title attribute', () => {
  it('is titled by its words when they are a headline, the attribute being its summary', () => {
    const summary = 'Le Qatar attache de l’importance au renforcement des relations de coopération avec le Vietnam.';
    const x = run(
      '',
      `<h3>Contenu lié</h3><ul>${STORIES.map((s) => `<li>${link(s, ` title="${s === STORIES[2] ? summary : ''}"`)}</li>`).join('')}</ul>`,
    );
    expect(titles(x)).toEqual(STORIES.map((s) => s[1]));
    expect(x.related[2]?.summary).toBe(summary);
  });

  it('is titled by the attribute when its words are not a headline (a picture, "Lire")', () => {
    const x = run(
      '',
      `<h3>Voir plus</h3><ul>${STORIES.map((s) => `<li>${link([s[0] as string, 'Lire'], ` title="${s[1]}"`)}</li>`).join('')}</ul>`,
    );
    expect(titles(x)).toEqual(STORIES.map((s) => s[1]));
  });
});

describe('a definition list whose <dt> is its label', () => {
  it('keeps its first <dd> as a teaser', () => {
    const x = run(
      '',
      `<dl id="relatedItemBox"><dt>Contenu lié</dt>${STORIES.map((s) => `<dd><span>${link(s)}</span></dd>`).join('')}</dl>`,
    );
    expect(titles(x)).toEqual(STORIES.map((s) => s[1]));
  });
});
