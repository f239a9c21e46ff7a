// Scores findEntities against the hand-made truth of the corpus.
// A predicted entity matches a truth entity when the types are equal and a folded name or alias
// of one equals a folded name or alias of the other. Precision = matched predictions /
// predictions; recall = matched truth entities / truth entities (per type and overall).
// "Unseen" recall is over truth entities none of whose names the knowledge base knows: it
// measures the rules, i.e. how the code does on the names a reader has never met.

import { type EntityTexts, findEntities } from '../lib/entities/index';
import { KB_KEYS } from '../lib/entities/knowledge';
import { foldKey } from '../lib/text/fold';
import type { Entity, EntityType } from '../lib/types';
import type { TruthEntity } from '../tests/support/corpus';

export type { TruthEntity } from '../tests/support/corpus';

export interface EvalCase {
  id: string;
  texts: EntityTexts;
  truth: TruthEntity[];
}

export interface Score {
  tp: number;
  predicted: number;
  truth: number;
  recalled: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityEval {
  byType: Record<EntityType, Score>;
  overall: Score;
  unseen: { truth: number; recalled: number; recall: number };
  /** truth entities missed and predictions unmatched, per case (to read, not to score) */
  misses: { id: string; missed: string[]; spurious: string[] }[];
}

const TYPES: EntityType[] = ['person', 'organization', 'place', 'country'];

function keys(name: string, aliases: string[]): Set<string> {
  return new Set([name, ...aliases].map((s) => foldKey(s)).filter(Boolean));
}

function score(tp: number, predicted: number, recalled: number, truth: number): Score {
  const precision = predicted ? tp / predicted : 1;
  const recall = truth ? recalled / truth : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, truth, recalled, precision, recall, f1 };
}

export function matches(p: Entity, t: TruthEntity): boolean {
  if (p.type !== t.type) return false;
  const pk = keys(p.name, p.aliases);
  for (const k of keys(t.name, t.aliases)) if (pk.has(k)) return true;
  return false;
}

export function evaluateEntities(cases: EvalCase[], find: (t: EntityTexts) => Entity[] = findEntities): EntityEval {
  const acc = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, rec: 0, truth: 0 }])) as Record<
    EntityType,
    { tp: number; pred: number; rec: number; truth: number }
  >;
  let unseenTruth = 0;
  let unseenRecalled = 0;
  const misses: EntityEval['misses'] = [];
  for (const c of cases) {
    const pred = find(c.texts);
    const missed: string[] = [];
    const spurious: string[] = [];
    for (const p of pred) {
      const a = acc[p.type];
      a.pred++;
      if (c.truth.some((t) => matches(p, t))) a.tp++;
      else spurious.push(`${p.type}:${p.name}`);
    }
    for (const t of c.truth) {
      const a = acc[t.type];
      a.truth++;
      const hit = pred.some((p) => matches(p, t));
      if (hit) a.rec++;
      else missed.push(`${t.type}:${t.name}`);
      const unseen = [t.name, ...t.aliases].every((s) => !KB_KEYS.has(foldKey(s)));
      if (unseen) {
        unseenTruth++;
        if (hit) unseenRecalled++;
      }
    }
    misses.push({ id: c.id, missed, spurious });
  }
  const byType = Object.fromEntries(
    TYPES.map((t) => [t, score(acc[t].tp, acc[t].pred, acc[t].rec, acc[t].truth)]),
  ) as Record<EntityType, Score>;
  const sum = (f: (s: { tp: number; pred: number; rec: number; truth: number }) => number) =>
    TYPES.reduce((n, t) => n + f(acc[t]), 0);
  const overall = score(
    sum((a) => a.tp),
    sum((a) => a.pred),
    sum((a) => a.rec),
    sum((a) => a.truth),
  );
  return {
    byType,
    overall,
    unseen: { truth: unseenTruth, recalled: unseenRecalled, recall: unseenTruth ? unseenRecalled / unseenTruth : 1 },
    misses,
  };
}

export function formatEntityEval(e: EntityEval, verbose = false): string {
  const pct = (x: number) => x.toFixed(3);
  const row = (label: string, s: Score) =>
    `${label.padEnd(13)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)} ${String(s.tp).padStart(5)}/${String(s.predicted).padEnd(4)} ${String(s.recalled).padStart(5)}/${s.truth}`;
  const lines = [
    `${'type'.padEnd(13)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}  tp/pred  rec/truth`,
    ...TYPES.map((t) => row(t, e.byType[t])),
    row('overall', e.overall),
    `unseen-name recall (truth names not in the KB): ${pct(e.unseen.recall)} (${e.unseen.recalled}/${e.unseen.truth})`,
  ];
  if (verbose) {
    for (const m of e.misses) {
      if (m.missed.length) lines.push(`${m.id} missed: ${m.missed.join('; ')}`);
      if (m.spurious.length) lines.push(`${m.id} spurious: ${m.spurious.join('; ')}`);
    }
  }
  return lines.join('\n');
}
