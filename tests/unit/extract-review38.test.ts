// What the second reviewer R38 found in the rules of blind rounds 70-71 and the round's entity
// rules: pages and sentences of ordinary shape those rules read worse than the code before them
// (tests/fixtures/review38, the reviewer's own pages). Each test fails on the rules the reviewer
// read (6268997).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { find, named } from '../support/names';
import { parseHtml } from './helpers';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'review38');
function read(name: string) {
  const html = readFileSync(join(DIR, name), 'utf8');
  const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://fr.vietnamplus.vn/x-post1.vnp';
  return analysePage(parseHtml(html, url), url);
}

describe("a story's own parts, each under a heading and a date, are not other stories", () => {
  it("a live report's entries (h3, <time>, two paragraphs), a chronology's steps, a dossier's parts stay the story", () => {
    // (each entry, step or part holds two paragraphs of running text: the story is all of them)
    for (const [name, atLeast] of [
      ['p03-liveblog-h3-time.html', 9],
      ['p05-chronology-wrapped.html', 12],
      ['p06-dossier-sections.html', 6],
    ] as const)
      expect(read(name).article?.paragraphs.length).toBeGreaterThanOrEqual(atLeast);
  });
});

describe('lines that only look like the things the rules take out', () => {
  it('"une photo transmise par un habitant" in a sentence of the story is the story, not a caption', () => {
    const a = read('p17-photo-transmise-par-sentence.html').article;
    expect(a?.paragraphs.join(' ')).toContain('une photo transmise par un habitant du quartier');
    expect(a?.captions.join(' ')).not.toContain('transmise par un habitant');
  });

  it('a sentence in the paragraph that holds a player is the story ("Voici la déclaration… :")', () => {
    expect(read('p16-iframe-in-p.html').article?.paragraphs.join(' ')).toContain(
      'Voici la déclaration du porte-parole',
    );
  });

  it('a caption cropped by its style sheet, or hidden on small screens only, is still the caption', () => {
    expect(read('p14-clip-rect0-overlay.html').article?.captions).toEqual([
      'La baie de Ha Long au lever du soleil. Photo : VNA',
    ]);
    expect(read('p15-mediaquery-hidden.html').article?.captions).toEqual(['Le pont Long Bien à Hanoï. Photo : VNA']);
  });
});

describe('"…, le Dr X" where no apposition closes', () => {
  it("the function before the comma is someone else's when the name opens the main clause", () => {
    const es = find(
      'Après avoir reçu le ministre de la Santé, le Dr Nguyen Van Hung a visité le service des urgences.',
      "Selon le directeur de l'hôpital, le Dr Tran Thi Lan a opéré vingt patients.",
    );
    expect(named(es, 'Nguyen Van Hung')?.role ?? null).toBeNull();
    expect(named(es, 'Tran Thi Lan')?.role ?? null).toBeNull();
  });
});
