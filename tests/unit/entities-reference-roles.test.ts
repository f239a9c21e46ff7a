// A known person's function when the page states none: the knowledge base's, at the page's date.
// Sentences from dev (le-premier-ministre-armenien-termine-sa-visite-offic-123715, 2018: "son
// homologue vietnamien Nguyen Xuan Phuc" is the Prime Minister, president only from 2021).
import { describe, expect, it } from 'vitest';
import { findEntities, pageTexts } from '../../lib/entities';
import { KB } from '../../lib/entities/knowledge';
import { parseTerms, referenceRole, TERMS_BY_NAME } from '../../lib/entities/reference-role';
import { named, page } from '../support/names';

const HOMOLOGUE =
  "Hanoi (VNA) - Le Premier ministre arménien Nikol Pashinyan a terminé le 7 juillet sa visite officielle de quatre jours au Vietnam, à l'invitation de son homologue vietnamien Nguyen Xuan Phuc.";

const roleOn =
  (date: string | null, ...paragraphs: string[]) =>
  (name: string) =>
    named(findEntities({ ...page(...paragraphs), date }), name)?.role ?? null;

describe('reference roles', () => {
  it("give a known person the function held at the page's date", () => {
    expect(roleOn('2018-07-08T09:00:00+07:00', HOMOLOGUE)('Nguyen Xuan Phuc')).toBe('Premier ministre');
    expect(roleOn('2022-05-10', HOMOLOGUE)('Nguyen Xuan Phuc')).toBe('président de la République');
    expect(roleOn('2014-01-10', HOMOLOGUE)('Nguyen Xuan Phuc')).toBe('vice-Premier ministre');
    // (to the day: elected president on 5 April 2021 — the second reviewer's, R58)
    expect(roleOn('2021-04-02', HOMOLOGUE)('Nguyen Xuan Phuc')).toBe('Premier ministre');
    expect(roleOn('2021-04-06', HOMOLOGUE)('Nguyen Xuan Phuc')).toBe('président de la République');
    const thuong = 'Vo Van Thuong a démissionné la semaine dernière.';
    expect(roleOn('2024-03-10', thuong)('Vo Van Thuong')).toBe('président de la République');
    expect(roleOn('2024-03-28', thuong)('Vo Van Thuong')).toBeNull();
  });

  it('give none to an undated page, nor to one dated after every term', () => {
    expect(roleOn(null, HOMOLOGUE)('Nguyen Xuan Phuc')).toBeNull();
    expect(roleOn('2025-06-01', HOMOLOGUE)('Nguyen Xuan Phuc')).toBeNull();
    expect(roleOn('not a date', HOMOLOGUE)('Nguyen Xuan Phuc')).toBeNull();
    expect(roleOn('2018-07', HOMOLOGUE)('Nguyen Xuan Phuc')).toBeNull();
  });

  it('give way to a role the page states', () => {
    const stated = "Le vice-Premier ministre Nguyen Xuan Phuc a reçu l'ambassadeur.";
    expect(roleOn('2018-07-08', stated)('Nguyen Xuan Phuc')).toBe('vice-Premier ministre');
  });

  it('keep a role held for good, dated or not', () => {
    const giap = 'Le peuple algérien admire Vo Nguyen Giap.';
    expect(roleOn(null, giap)('Vo Nguyen Giap')).toBe('général');
    expect(roleOn('1990-01-01', giap)('Vo Nguyen Giap')).toBe('général');
  });

  it('leave out a month a bound is known only by, and say nothing between terms', () => {
    const entry = {
      role: null,
      terms: [...(parseTerms('X | ministre | 2016-04 | 2021-05\nX | président | 2021-06-10 |').get('X') ?? [])],
    };
    expect(referenceRole(entry, '2016-04-20')).toBeNull();
    expect(referenceRole(entry, '2016-05-01')).toBe('ministre');
    expect(referenceRole(entry, '2021-04-30')).toBe('ministre');
    expect(referenceRole(entry, '2021-05-03')).toBeNull();
    expect(referenceRole(entry, '2021-06-09')).toBeNull();
    expect(referenceRole(entry, '2021-06-10')).toBe('président');
    const open = { role: null, terms: [...(parseTerms('Y | ministre | | 2020-01-15').get('Y') ?? [])] };
    expect(referenceRole(open, '1999-12-01')).toBe('ministre');
    expect(referenceRole(open, '2020-01-15')).toBeNull();
  });

  it("are dated by the article's publication date when a page is read", () => {
    const texts = pageTexts(
      {
        title: 'Visite',
        lead: null,
        paragraphs: [HOMOLOGUE],
        captions: [],
        published: '2018-07-08T09:00:00+07:00',
        dateline: null,
        source: null,
      },
      [],
    );
    expect(texts.date).toBe('2018-07-08T09:00:00+07:00');
    expect(named(findEntities(texts), 'Nguyen Xuan Phuc')?.role).toBe('Premier ministre');
  });

  it('rest on well-formed terms: known people, a start before the end, no two at once (handovers to the day)', () => {
    const people = new Map(KB.filter((e) => e.type === 'person').map((e) => [e.name, e]));
    for (const [name, terms] of TERMS_BY_NAME) {
      const entry = people.get(name);
      expect(entry, name).toBeDefined();
      // (a person with dated functions has no undated one beside them)
      expect(entry?.role, name).toBeNull();
      expect(entry?.terms, name).toEqual(terms);
      for (const t of terms) if (t.from && t.until) expect(t.from < t.until, `${name} ${t.role}`).toBe(true);
      const sorted = [...terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
      for (let i = 1; i < sorted.length; i++) {
        const [prev, next] = [sorted[i - 1], sorted[i]];
        expect(!!prev?.until && !!next?.from && prev.until <= next.from, `${name}: ${prev?.role} / ${next?.role}`).toBe(
          true,
        );
      }
    }
    expect(() => parseTerms('Z | ministre | 2021-13 |')).toThrow();
    expect(() => parseTerms('Z | ministre | 2021-02-30x |')).toThrow();
  });
});
