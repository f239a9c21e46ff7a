// A second reader's probes of the sixth and seventh blind rounds' rules (tests/fixtures/layouts/probes:
// small pages shaped to break them). Each was wrong right after the rule landed; the story must
// come out whole, and nothing else taken for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { feedRuns } from '../../lib/extract/feed-runs';
import { removeCopiersNotes } from '../../lib/extract/non-story-lines';
import { dateInAddress, isoInHanoi } from '../../lib/extract/published';
import { parseHtml } from './helpers';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'layouts', 'probes');
const URL = 'https://lecourrier.vn/monde/un-titre-de-test-ici/123456.html';
const probe = (name: string, url = URL) =>
  extract(parseHtml(readFileSync(join(DIR, `${name}.html`), 'utf8'), url), url);

describe('probes of the blind rounds’ rules', () => {
  it('links in a story cell of bare text are no feed that takes the cell with it', () => {
    for (const name of ['p2', 'p3']) {
      const a = probe(name).article;
      expect(a?.paragraphs.length, name).toBe(4);
      expect(a?.paragraphs.join(' ')).toContain(
        'La diaspora vietnamienne au Vanuatu compte environ deux cents personnes',
      );
    }
  });

  it('an article holding a sponsored link after a run of teaser cards is not an ad of the run', () => {
    const a = probe('p15');
    expect(a.article?.title).toBe('Vietjet ouvre une nouvelle ligne Hanoï - Perth');
    expect(a.article?.paragraphs.length).toBe(4);
  });

  it('a table row’s cell holding the story as bare text is not a side column', () => {
    const a = probe('p14').article;
    expect(a?.paragraphs.some((p) => p.startsWith('Quang Nam (VNA) - Ancien port de commerce'))).toBe(true);
    expect(a?.paragraphs.length).toBe(8);
  });

  it('a short brief beside a sign-up form stays; only the pitch goes', () => {
    expect(probe('p7').article?.paragraphs).toEqual([
      'Hanoï (VNA) – Le Vietnam a exporté un million de tonnes de riz en janvier, en hausse de 20 %.',
      'Les Philippines restent le premier acheteur, selon le ministère.',
    ]);
  });

  it('a paragraph that links a few words after "Lire aussi :" is the story’s, not a second teaser', () => {
    const a = probe('p8');
    expect(a.article?.paragraphs.some((p) => p.startsWith('Les deux parties ont évoqué la ligne de métro n°1'))).toBe(
      true,
    );
    expect(a.related.map((r) => r.title)).not.toContain('la ligne de métro n°1 de Hô Chi Minh-Ville');
  });

  it('an interview’s first bold question is no standfirst', () => {
    const a = probe('p4').article;
    expect(a?.lead).toBeNull();
    expect(a?.paragraphs[0]).toMatch(/^Monsieur l'ambassadeur, quelle est la signification/);
  });

  it('"Lire la suite" to the story’s own next part is no related story', () => {
    expect(
      probe('p11', 'https://lecourrier.vn/signes-forts-du-rapprochement-vietnam-belgique/1280056.html').related,
    ).toEqual([]);
  });

  it('a gallery of 2,500 two-link thumbnails among empty elements is read in linear time', () => {
    let s = `<html lang="fr"><head><title>Galerie</title></head><body><h1>Galerie : les fleurs du Têt à Hanoï</h1><div class="gallery">`;
    for (let i = 0; i < 2_500; i++)
      s += `${'<i></i>'.repeat(10)}<div class="thumb"><a href="https://lecourrier.vn/photo-fleurs-du-tet-numero-${i}a/${100000 + i}.html"><img src="/t${i}.jpg"></a><a href="https://lecourrier.vn/photo-fleurs-du-tet-numero-${i}b/${200000 + i}.html"><img src="/u${i}.jpg"></a></div>`;
    const doc = parseHtml(`${s}</div></body></html>`, URL);
    const started = performance.now();
    feedRuns(doc, URL, null);
    // (31 s when each two-link box looked back over all its empty siblings for a label)
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('machine dates: a space for the T, and no day the month has not', () => {
    expect(isoInHanoi('2023-09-21 18:30:00Z')).toBe('2023-09-22T01:30:00+07:00');
    expect(dateInAddress('https://lecourrier.vn/Monde/2015/02/31/x.html')).toBeNull();
    expect(dateInAddress('https://lecourrier.vn/Monde/2016/02/29/x.html')).toBe('2016-02-29T00:00:00+07:00');
  });
});

describe('a second reader’s probes of those mends (r2-*)', () => {
  it('an inline "Lire aussi" story whose title starts like the page’s is still another story', () => {
    expect(probe('r2-A').related.map((r) => r.title)).toEqual([
      'Le Premier ministre Pham Minh Chinh rencontre le président de la JICA',
    ]);
  });

  it('the site’s logo <h1>, at the end of the metadata title, is not the headline', () => {
    expect(probe('r2-B2').article?.title).toBe('Hanoï accueille le forum économique du Mékong');
  });

  it('a bold standfirst stays one with short bold subheads below it', () => {
    expect(probe('r2-C').article?.lead).toMatch(/^Les exportations de riz du Vietnam ont a/);
  });

  it('an "À lire aussi" box of two cards with summaries is a feed, out of the story', () => {
    const a = probe('r2-D');
    expect(a.related.map((r) => r.origin)).toEqual(['feed', 'feed']);
    expect(a.article?.paragraphs.join(' ')).not.toContain('À lire aussi');
    expect(a.article?.paragraphs.length).toBe(3);
  });

  it('teaser lines with dates in words after their links are a feed; the dates go with them', () => {
    const a = probe('r2-E');
    expect(a.related.length).toBe(4);
    expect(a.article?.paragraphs.join(' ')).not.toContain('mars 2015');
  });

  it('a "Les plus lus" column with summaries beside a short story cell is not the story', () => {
    const a = probe('r2-G').article;
    expect(a?.paragraphs.length).toBe(3);
    expect(a?.paragraphs.join(' ')).not.toContain('Les plus lus');
  });

  it('the site header’s "Mercredi 02/12/2026" right over the headline is not the story’s date', () => {
    expect(probe('r2-H').article?.published).toBeNull();
  });

  it('machine dates as Ruby writes them', () => {
    expect(isoInHanoi('2023-09-21 18:30:00 +0700')).toBe('2023-09-21T18:30:00+07:00');
    expect(isoInHanoi('2023-09-21 18:30:00 UTC')).toBe('2023-09-22T01:30:00+07:00');
    expect(isoInHanoi('2023-09-21 18:30:00 GMT+0700')).toBe('2023-09-21T18:30:00+07:00');
  });
});

// A second reader's probes of the eighth blind round's rules (r3-*): each was wrong right after
// the rule landed and right before it.
describe('probes of the eighth blind round’s rules', () => {
  const VNP = 'https://fr.vietnamplus.vn/le-vietnam-et-la-france-signent-un-accord-post123.vnp';
  const read = (name: string) => probe(name, VNP);
  const inline = (name: string) =>
    read(name)
      .related.filter((r) => r.origin === 'inline')
      .map((r) => r.title);

  it('a comment field in a form that wraps the whole story takes only its own lines', () => {
    const a = read('r3-b1').article;
    expect(a?.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(a?.paragraphs[0]).toMatch(/^Le Vietnam et la France ont signé mardi à Hanoï/);
  });

  it('italic lines of the story after a rule stay: an interview’s question and answer, a letter', () => {
    expect(read('r3-a3').article?.paragraphs.slice(-2)).toEqual([
      'Que retenez-vous de cette visite ?',
      "Une grande confiance entre nos deux peuples, et une volonté partagée d'aller plus loin.",
    ]);
    expect(read('r3-a1').article?.paragraphs.at(-1)).toBe(
      "Lettre de l'ambassadeur de France, lue lors de la cérémonie.",
    );
  });

  it('"Lire aussi" lines in a box of their own, or past a photo and an empty ad, are the story’s related links', () => {
    for (const name of ['r3-c1', 'r3-c2'])
      expect(inline(name), name).toEqual([
        'Hanoï accueille le forum franco-vietnamien',
        'Le président français en visite au Vietnam',
      ]);
    expect(inline('r3-c3')).toEqual(['Hanoï accueille le forum franco-vietnamien']);
  });

  it('a video box and a standfirst under a photo between the title and the body are no captions', () => {
    expect(read('r3-f1').article?.captions).toEqual([]);
    expect(read('r3-f2').article?.captions).toEqual([]);
  });

  it('no publication date from a sentence: "Le rapport publié le 3 avril…", a bold date inside the story', () => {
    expect(read('r3-e1').article?.published).toBe('2024-05-14T10:30:00+07:00');
    expect(read('r3-e2').article?.published ?? null).toBeNull();
  });

  it('a headline cut short on screen is whole in its title attribute; "Lire l’article" is no summary', () => {
    const [cut] = read('r3-d1').related;
    expect(cut?.title).toBe('Le Vietnam renforce sa coopération avec l’Union européenne dans l’éducation numéro 1');
    const [card] = read('r3-g1').related;
    expect(card?.summary).toBe('Les deux parties ont adopté une feuille de route pour la période 2024-2030, volet 1.');
  });
});

// A second reader's probes of the twenty-sixth and twenty-seventh blind rounds' rules (R27): each
// was wrong right after the rules landed, right on the code before them.
describe('probes of the copies’ rules (R27)', () => {
  const COPY = 'https://blog.exemple.fr/2024/05/un-billet';
  const copy = (name: string) => probe(name, COPY).article;
  const own = (name: string) =>
    probe(name, 'https://lecourrier.vn/mer-orientale-le-vietnam-rejette/123456.html').article;

  it('a story’s paragraphs after a quoted dispatch stay, on a VNA page and on a copy that quotes its opening', () => {
    expect(own('r27-p1b')?.paragraphs.at(-1)).toMatch(/^Le Vietnam est prêt à régler les différends/);
    // (and, on a VNA page, the story's own line that introduces the quote: a copy's "Je recopie
    // l'article :" is the copier's)
    expect(own('r27-p1b')?.paragraphs).toContain(
      'Pour mémoire, le ministère avait déjà publié la semaine dernière le communiqué suivant :',
    );
    expect(own('r27-p1b')?.paragraphs.length).toBe(7);
    expect(copy('r27-p1a')?.paragraphs.length).toBe(5);
  });

  it('a story’s own sections headed "Commentaires des experts" or "Remarques du FMI…", and a "Note de la Banque d’État :" line, stay', () => {
    const doc = parseHtml(readFileSync(join(DIR, 'r27-p3.html'), 'utf8'), COPY);
    const before = doc.querySelectorAll('h3, p').length;
    removeCopiersNotes(doc, doc.querySelector('h1'), [null, doc.querySelector('h1')]);
    expect(doc.querySelectorAll('h3, p').length).toBe(before);
  });

  it('an interview’s answers that open "Je partage…", "Je mets l’accent…" stay', () => {
    const a = copy('r27-p2');
    expect(a?.paragraphs.some((p) => p.startsWith('Je partage pleinement'))).toBe(true);
    expect(a?.paragraphs.some((p) => p.startsWith('Je mets l’accent'))).toBe(true);
  });

  it('a bold caption under a photo is no headline; a caption set as a heading, a sentence with its credit, stays a caption', () => {
    const a = copy('r27-p4');
    expect(a?.title).toBe('Le Vietnam et le Cambodge renforcent leur coopération frontalière');
    expect(a?.captions).toEqual([
      'Le poste-frontière international de Moc Bai, dans la province de Tây Ninh (Photo : VNA)',
    ]);
    expect(copy('r27-p6')?.captions).toEqual(['Des touristes étrangers dans la vieille ville de Hoi An. Photo : VNA']);
  });
});

// A second reader's probes of the round's later rules and of the first reader's mends (R28): each
// was right on the code before them (e815865).
describe('probes of the copies’ rules (R28)', () => {
  const FORUM = 'https://forum-vietnam.example.org/t/123';
  const page = (name: string) => probe(name, FORUM).article;

  it('a poster’s question after a story quoted whole is no story, with no source line between', () => {
    const a = page('r28-a3');
    expect(a?.paragraphs.length).toBe(3);
    expect(a?.paragraphs.at(-1)).toMatch(/^Cette mesure vise à attirer/);
  });

  it('a wiki’s notes after the story go, though a reader’s long comment follows them', () => {
    expect(page('r28-a6')?.paragraphs.length).toBe(2);
  });

  it('a story’s sentence with "une copie intégrale" or "Voici le texte du communiqué" stays', () => {
    expect(page('r28-a1')?.paragraphs.some((p) => p.includes('une copie intégrale du jugement'))).toBe(true);
    expect(page('r28-a7')?.paragraphs.some((p) => p.startsWith('Le tribunal a publié un communiqué'))).toBe(true);
  });

  it('a pasted headline that ends on "»", "?" or "(PHOTOS)" is the quoted story’s headline', () => {
    expect(page('r28-b1')?.title).toBe(
      'Le Premier ministre : « Le Vietnam est prêt à approfondir le partenariat avec la France »',
    );
    expect(page('r28-b2')?.title).toBe('Le Vietnam est-il prêt à approfondir le partenariat avec la France ?');
    expect(page('r28-b3')?.title).toBe('Pham Minh Chinh reçoit l’ambassadeur de France (PHOTOS)');
  });

  it('a headline said only for screen readers is still the headline when no other heading says one', () => {
    expect(page('r28-s1')?.title).toBe('Le Vietnam et la France signent un accord sur la formation des enseignants');
  });
});
