import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventDate, inferDay, isoOf, parseFrenchDates, referenceDay } from '../../lib/dates';

const corpus = join(__dirname, '..', 'fixtures', 'corpus');
const truth = (id: string) => JSON.parse(readFileSync(join(corpus, 'truth', `${id}.json`), 'utf8'));

describe('parseFrenchDates', () => {
  it('reads a day-month in the year of publication', () => {
    expect(parseFrenchDates('ont signé le 17 février un procès-verbal', '2017-02-18T10:15:00+07:00')).toEqual([
      { start: '2017-02-17', phrase: '17 février', index: 13 },
    ]);
  });

  it('puts a day-month just before New Year in the previous year', () => {
    expect(parseFrenchDates('le 30 décembre à Hanoï', '2026-01-02T09:00:00+07:00')[0]?.start).toBe('2025-12-30');
    expect(parseFrenchDates('le 31 décembre', '2026-01-01T00:30:00+07:00')[0]?.start).toBe('2025-12-31');
  });

  it('reads an early-January announcement made in late December as next year', () => {
    expect(parseFrenchDates('se tiendra le 5 janvier', '2025-12-28T09:00:00+07:00')[0]?.start).toBe('2026-01-05');
  });

  it('takes last year for a day-month many months after publication', () => {
    expect(parseFrenchDates('le 20 novembre', '2026-02-10T09:00:00+07:00')[0]?.start).toBe('2025-11-20');
  });

  it('checks the weekday: "mardi 8 septembre" published in 2020 is 2020-09-08', () => {
    expect(parseFrenchDates('a eu mardi, 8 septembre, un entretien', '2020-09-08T18:05:00+07:00')[0]).toMatchObject({
      start: '2020-09-08',
      phrase: 'mardi, 8 septembre',
    });
  });

  it('picks the neighbouring year where the weekday matches', () => {
    // 2026-01-02 is a Friday; 2 January was a Thursday in 2025 (a year back: not believable) and in 2020
    expect(parseFrenchDates('vendredi 2 janvier', '2026-01-03T09:00:00+07:00')[0]?.start).toBe('2026-01-02');
    expect(parseFrenchDates('jeudi 2 janvier', '2026-01-03T09:00:00+07:00')).toEqual([]);
  });

  it('rejects a weekday that does not match a written year', () => {
    expect(parseFrenchDates('mercredi 8 septembre 2020', null)).toEqual([]);
    expect(parseFrenchDates('mardi 8 septembre 2020', null)[0]?.start).toBe('2020-09-08');
  });

  it('reads ranges with their end', () => {
    expect(
      parseFrenchDates('en visite officielle en Russie du 22 au 25 mars 2026.', '2026-03-21T20:00:00+07:00'),
    ).toEqual([{ start: '2026-03-22', end: '2026-03-25', phrase: 'du 22 au 25 mars 2026', index: 31 }]);
    expect(parseFrenchDates('sont venus les 2 et 3 février au siège', '2026-02-03T21:00:00+07:00')[0]).toMatchObject({
      start: '2026-02-02',
      end: '2026-02-03',
    });
    expect(parseFrenchDates('du 30 décembre au 2 janvier', '2026-01-03T09:00:00+07:00')[0]).toMatchObject({
      start: '2025-12-30',
      end: '2026-01-02',
    });
  });

  it('reads 1er, numeric dates and abbreviated months', () => {
    const found = parseFrenchDates('le 1er mars 2026, puis le 15/04/2025 et le 3 sept. 2024', null);
    expect(found.map((d) => d.start)).toEqual(['2026-03-01', '2025-04-15', '2024-09-03']);
  });

  it('reads relative days against publication, not idioms', () => {
    expect(parseFrenchDates('Le ministre a reçu hier la délégation', '2015-09-02T20:30:00+07:00')[0]?.start).toBe(
      '2015-09-01',
    );
    expect(parseFrenchDates('dans sa lutte d’hier pour l’indépendance', '2015-09-02T20:30:00+07:00')).toEqual([]);
    expect(parseFrenchDates('le Vietnam d’aujourd’hui', '2015-09-02T20:30:00+07:00')).toEqual([]);
    // 2026-03-19 is a Thursday: "ce lundi" is the 16th, "lundi prochain" the 23rd
    expect(parseFrenchDates('ce lundi à Hanoï', '2026-03-19T10:00:00+07:00')[0]?.start).toBe('2026-03-16');
    expect(parseFrenchDates('lundi prochain', '2026-03-19T10:00:00+07:00')[0]?.start).toBe('2026-03-23');
    expect(parseFrenchDates('mardi dernier', '2026-03-19T10:00:00+07:00')[0]?.start).toBe('2026-03-17');
    // after "de", a weekday is still a day, Sunday (number 0) as much as Monday
    expect(parseFrenchDates('la réunion de lundi', '2026-03-19T10:00:00+07:00')[0]?.start).toBe('2026-03-16');
    expect(parseFrenchDates('la cérémonie de dimanche', '2026-03-19T10:00:00+07:00')[0]?.start).toBe('2026-03-15');
  });

  it('skips year-less dates without a reference, and year-only or ordinal numbers', () => {
    expect(parseFrenchDates('le 17 février', null)).toEqual([]);
    expect(
      parseFrenchDates('le 14e Congrès, en 2012, la 16ᵉ législature (2026-2031), 99,68 %', '2026-03-19T10:00:00+07:00'),
    ).toEqual([]);
  });
});

describe('inferDay / referenceDay', () => {
  it('reads the site day of a publication time', () => {
    expect(isoOf(referenceDay('2017-02-18T10:15:00+07:00') as number)).toBe('2017-02-18');
    // 20:00 UTC is already the next day in Hanoi
    expect(isoOf(referenceDay('2017-02-18T20:00:00Z') as number)).toBe('2017-02-19');
    expect(referenceDay('not a date')).toBeNull();
  });
  it('never returns 29 February of a common year', () => {
    const ref = referenceDay('2025-03-10') as number;
    expect(isoOf(inferDay(2, 29, ref) as number)).toBe('2024-02-29');
  });
});

describe('eventDate on corpus texts', () => {
  it('article 000: the signing day of the lead, not publication', () => {
    const t = truth('000_5c40b8c9863d2394');
    const text = [t.article.title, t.article.lead, ...t.article.paragraphs].join('\n');
    expect(eventDate(text, t.published)).toEqual({ date: '2017-02-17', source: 'text', phrase: '17 février' });
  });

  it('article 003: the dateline day ("Soc Trang, 18 juillet (VNA)") is not the event', () => {
    const t = truth('003_9e19c6bcc5bb0299');
    const text = [t.article.title, t.article.lead, ...t.article.paragraphs].join('\n');
    expect(eventDate(text, t.published).date).toBe('2018-07-17');
  });

  it('article 004: "mardi, 8 septembre" agrees with the weekday', () => {
    const t = truth('004_5658df61e9d78b81');
    const text = [t.article.title, t.article.lead, ...t.article.paragraphs].join('\n');
    expect(eventDate(text, t.published)).toMatchObject({ date: '2020-09-08', source: 'text' });
  });

  it('teaser: an anniversary date in parentheses is not the event; the publication day is used', () => {
    const item = truth('000_5c40b8c9863d2394').feed[0];
    const r = eventDate([item.title, item.summary, item.caption].join('\n'), item.published);
    expect(r).toEqual({ date: '2026-03-22', source: 'published', phrase: null });
  });

  it('historical dates with a far year are not the event', () => {
    expect(eventDate('la victoire du 30 avril 1975 ; reçu le 2 mai', '2025-05-03T08:00:00+07:00').date).toBe(
      '2025-05-02',
    );
  });

  it('a commemorated day in parentheses is skipped, the following one taken', () => {
    const r = eventDate(
      'les 70 ans de la Fête nationale (le 2 septembre). Il a été reçu le 1er septembre',
      '2015-09-02T09:00:00+07:00',
    );
    expect(r.date).toBe('2015-09-01');
  });

  it('teaser: a range announced the day before starts on its first day', () => {
    const item = truth('000_5c40b8c9863d2394').feed[1];
    expect(eventDate([item.title, item.summary, item.caption].join('\n'), item.published)).toMatchObject({
      date: '2026-03-22',
      source: 'text',
      phrase: 'du 22 au 25 mars 2026',
    });
  });

  it('falls back to publication, or to null without it', () => {
    expect(
      eventDate('Les gardes-frontières lancent leur patrouille conjointe 2026', '2026-03-20T11:00:00+07:00'),
    ).toEqual({
      date: '2026-03-20',
      source: 'published',
      phrase: null,
    });
    expect(eventDate('aucune date', null)).toEqual({ date: null, source: null, phrase: null });
  });
});
