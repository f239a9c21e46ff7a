// The invariants every analysis must hold in the property tests (tests/unit/property.test.ts):
// output valid against the schema, mentions that are slices of their strings, no markup in
// names, never VN as a partner; and a document's serialisation, to see it left as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import type { Analysis, Mention } from '../../lib/types';

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

export function serialize(doc: Document): string {
  return [...doc.childNodes]
    .map((n) => (n.nodeType === 1 ? (n as Element).outerHTML : `${n.nodeName}:${n.textContent ?? ''}`))
    .join('');
}

/** The string a mention's offsets point into. */
function mentionTarget(r: Analysis, m: Mention): string | null | undefined {
  switch (m.in) {
    case 'title':
      return r.article?.title;
    case 'lead':
      return r.article?.lead;
    case 'paragraph':
      return r.article?.paragraphs[m.index];
    case 'caption':
      return r.article?.captions[m.index];
    case 'related': {
      const item = r.related[m.index];
      return item ? item[m.field ?? 'title'] : undefined;
    }
  }
}

export function checkOutput(r: Analysis): void {
  const ok = validate(JSON.parse(JSON.stringify(r)));
  expect(validate.errors ?? [], 'schema').toEqual([]);
  expect(ok).toBe(true);
  const ids = new Set<string>();
  for (const e of r.entities) {
    expect(ids.has(e.id), `duplicate entity id ${e.id}`).toBe(false);
    ids.add(e.id);
    expect(e.name, 'entity name').not.toMatch(/[<>]/);
    expect(e.name.trim(), 'entity name').not.toBe('');
    for (const a of e.aliases) expect(a, 'alias').not.toMatch(/[<>]/);
    for (const m of e.mentions) {
      const target = mentionTarget(r, m);
      expect(typeof target, `mention target of ${JSON.stringify(m)}`).toBe('string');
      const s = target as string;
      expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
      expect(m.start >= 0 && m.start < m.end && m.end <= s.length, `offsets of ${JSON.stringify(m)}`).toBe(true);
      expect(s.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const s of r.stories) {
    expect(s.partners, 'partners').not.toContain('VN');
    for (const p of s.partners) expect(p).toMatch(/^[A-Z]{2}$/);
    for (const id of s.entityIds) expect(ids.has(id), `story entity ${id}`).toBe(true);
  }
}
