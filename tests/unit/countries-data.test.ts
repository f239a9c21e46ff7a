// The one source of country knowledge: the generated table is what the script makes from the
// world-countries package, the hand-written rows add only what it lacks, and no spelling names two
// countries. Also: every country code in the knowledge base is a known ISO code.
import { describe, expect, it } from 'vitest';
import { KB } from '../../lib/entities/knowledge';
import {
  adjectiveForms,
  CONTEXT_ONLY_NAMES,
  COUNTRIES,
  countryByCode,
  countryInContext,
  EXTRA,
  PAIR_PREFIXES,
  parseExtra,
} from '../../lib/knowledge/countries';
import { GENERATED_COUNTRIES } from '../../lib/knowledge/countries.data';
import { fold } from '../../lib/text/fold';
import { generatedRows } from '../../scripts/gen-countries';

describe('generated country data', () => {
  it('is exactly what scripts/gen-countries.ts makes from world-countries', () => {
    expect(GENERATED_COUNTRIES).toEqual(generatedRows());
  });

  it('has every sovereign country once, with French names', () => {
    const codes = GENERATED_COUNTRIES.map((r) => r[0]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(190);
    for (const code of ['DM', 'NE', 'TD', 'GN', 'JO', 'SA', 'VN', 'LA', 'KH']) expect(codes).toContain(code);
    expect(countryByCode('DM')?.names).toContain('Dominique');
  });
});

describe('hand-written country rows', () => {
  const rows = parseExtra(EXTRA);
  const generated = new Map(GENERATED_COUNTRIES.map((r) => [r[0], r]));

  it('have three columns and a known ISO code', () => {
    for (const r of rows) {
      expect(r.columns, r.code).toBe(3);
      expect(generated.has(r.code), r.code).toBe(true);
    }
    for (const [, code] of PAIR_PREFIXES) expect(countryByCode(code), code).toBeDefined();
  });

  it('add only what the package lacks, each spelling once', () => {
    // a name and an adjective may share a spelling ("Myanmar", "myanmar"): two lists
    const seen = new Set<string>();
    const seenAdjectives = new Set<string>();
    for (const line of EXTRA.split('\n').filter((l) => l.trim())) {
      const [code = '', names = '', adjectives = ''] = line.split('|').map((c) => c.trim());
      const g = generated.get(code);
      const known = new Set([g?.[1], g?.[2], g?.[3], g?.[4]].filter(Boolean).map((s) => fold(s as string)));
      for (const raw of names.split(',').map((s) => s.trim())) {
        if (!raw) continue;
        const key = fold(raw.replace(/^=/, ''));
        expect(seen.has(key), `${raw} listed twice`).toBe(false);
        seen.add(key);
        // "=" may restate a generated name: it only picks the canonical one.
        if (!raw.startsWith('=')) expect(known.has(key), `${code} ${raw} is already in the package`).toBe(false);
      }
      for (const raw of adjectives.split(',').map((s) => s.trim())) {
        if (!raw) continue;
        const male = fold(raw.replace(/!$/, '').split('/')[0] ?? '');
        expect(seenAdjectives.has(male), `${raw} listed twice`).toBe(false);
        seenAdjectives.add(male);
        expect(known.has(male), `${code} ${raw} is already in the package`).toBe(false);
      }
    }
  });
});

describe('the country table', () => {
  it('never gives one folded spelling to two countries', () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      for (const s of [...c.names, ...c.adjectives]) {
        const key = fold(s);
        const prev = owner.get(key);
        expect(prev === undefined || prev === c.code, `${s}: ${prev} and ${c.code}`).toBe(true);
        owner.set(key, c.code);
      }
    }
  });

  it('lists a name once per country and keeps the VNA canonical names', () => {
    for (const c of COUNTRIES) {
      const folded = c.names.map(fold);
      expect(new Set(folded).size, c.code).toBe(folded.length);
    }
    expect(countryByCode('VN')?.names[0]).toBe('Vietnam');
    expect(countryByCode('KR')?.names[0]).toBe('République de Corée');
  });

  it('inflects adjectives from their stated masculine and feminine', () => {
    expect(countryByCode('GR')?.adjectives).toEqual(expect.arrayContaining(['grecque', 'grecques', 'grecs']));
    expect(countryByCode('TR')?.adjectives).toEqual(expect.arrayContaining(['turque', 'turques', 'turcs']));
    expect(countryByCode('LA')?.adjectives).toEqual(expect.arrayContaining(['lao', 'laotiennes']));
    expect(countryByCode('LA')?.adjectives).not.toContain('laos');
    expect(adjectiveForms('français', 'française')).toEqual(['français', 'française', 'françaises']);
  });

  it('knows every context-only name as a country name', () => {
    const names = new Set(COUNTRIES.flatMap((c) => c.names.map(fold)));
    for (const n of CONTEXT_ONLY_NAMES) expect(names.has(fold(n)), n).toBe(true);
  });

  it('every country code of the knowledge base is a known ISO code', () => {
    for (const e of KB) if (e.country) expect(countryByCode(e.country), `${e.id} ${e.country}`).toBeDefined();
  });
});

describe('context-only country names', () => {
  const at = (text: string, name: string) => {
    const i = text.indexOf(name);
    return countryInContext(text, i, i + name.length);
  };
  it('are countries after an article or a preposition, not as first names', () => {
    expect(at("l'ambassadrice de la Dominique a présenté", 'Dominique')).toBe(true);
    expect(at('des investisseurs du Niger et du Tchad', 'Tchad')).toBe(true);
    expect(at('les relations avec Maurice, petit État insulaire', 'Maurice')).toBe(false);
    expect(at('une délégation de Maurice est arrivée', 'Maurice')).toBe(true);
    expect(at('le photographe Dominique Martin', 'Dominique')).toBe(false);
    expect(at('selon Dominique Leblanc, de Dominique Leblanc', 'Dominique')).toBe(false);
    expect(at('une grenade', 'grenade')).toBe(false);
  });
});
