// @vitest-environment jsdom
// The article card lists the article's own names (title, lead, body, captions), people first,
// and not the names of the "Voir plus" teasers — on the demo page, the Vietnam–Cambodia security
// article, whose feed names Pham Minh Chinh and the Lao party.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ArticleCard } from '../../components/ArticleCard';
import { analysePage } from '../../lib/analyse';
import { articleMentionCount, articleNames } from '../../lib/entities/article-names';
import { trimForMessage } from '../../lib/trim-for-message';
import type { Entity } from '../../lib/types';
import { loadCorpus, parseHtml } from './helpers';

const demo = loadCorpus().find((p) => p.id.startsWith('000') && p.markup === 'vnp');
if (!demo) throw new Error('corpus page 000 missing');
const analysis = analysePage(parseHtml(demo.html, demo.url), demo.url);
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd');

describe('article names', () => {
  it("lists the demo article's people first and no teaser-only name", () => {
    const names = articleNames(analysis.entities);
    const folded = names.map((e) => fold(e.name));
    for (const who of ['Sar Kheng', 'Nguyen Van Thanh', 'Em Saman']) expect(folded).toContain(who);
    expect(folded).not.toContain('Pham Minh Chinh');
    const types = names.map((e) => e.type);
    expect(types.indexOf('organization')).toBeGreaterThan(types.lastIndexOf('person'));
    expect(types).not.toContain('country');
    // the page does name Pham Minh Chinh, in a teaser only
    const chinh = analysis.entities.find((e) => fold(e.name) === 'Pham Minh Chinh');
    expect(chinh?.mentions.every((m) => m.in === 'related')).toBe(true);
  });

  it('counts article mentions the same after the message trims body mentions', () => {
    const mention = (i: number, where: 'paragraph' | 'related') => ({
      in: where,
      index: i,
      start: 0,
      end: 1,
      text: 'X',
    });
    const e: Entity = {
      id: 'person:x',
      name: 'X',
      type: 'person',
      aliases: [],
      role: null,
      country: null,
      mentions: [...Array.from({ length: 30 }, (_, i) => mention(i, 'paragraph')), mention(0, 'related')],
    };
    expect(articleMentionCount(e)).toBe(30);
    const trimmed = trimForMessage({ ...analysis, entities: [e] }).entities[0] as Entity;
    expect(trimmed.mentions.length).toBeLessThan(31);
    expect(articleMentionCount(trimmed)).toBe(30);
  });

  it('the popup card shows the article people as chips', () => {
    const root = document.createElement('div');
    act(() => {
      render(<ArticleCard analysis={trimForMessage(analysis)} t={(k) => k} locale="fr" />, root);
    });
    const chips = [...root.querySelectorAll('.entity-chip')].map((c) => fold(c.textContent ?? ''));
    expect(chips).toContain('Sar Kheng');
    expect(chips).toContain('Em Saman');
    expect(chips).not.toContain('Pham Minh Chinh');
    expect(root.querySelector('.entity-chip')?.classList.contains('entity-person')).toBe(true);
  });
});
