// Highlighting the names an analysis found, in the live page: title, lead, body, captions and
// the teasers of "Voir plus" only. Mentions carry offsets into the EXTRACTED strings; each string
// is found again in the squeezed text of its live region (text-index.ts), and its mentions'
// offsets become runs of live text nodes, wrapped in marks (marks.ts) — reversibly.
//
// Work is a generator of small steps, run in time slices on long pages. Regions already done are
// remembered, so teasers appended later cost only their own work.

import { squeeze } from '../extract/text';
import { FRAME, type Rendered, runNow, runSliced, type SliceOptions, type Step } from '../slices';
import type { Analysis, Entity, Mention } from '../types';
import { MarkLayer, type MarkPlan } from './marks';
import { type PageRegions, pageRegions } from './regions';
import { buildIndex, type Segment, segmentsOf, type TextIndex } from './text-index';

export { MARK_CLASS } from './marks';
export { pageRegions } from './regions';

/** A string of the analysis and the mentions whose offsets are in it. */
interface Located {
  text: string;
  mentions: { mention: Mention; entity: Entity }[];
}

/** "title:0:", "paragraph:3:", "related:2:summary" */
export function mentionKey(m: Pick<Mention, 'in' | 'index' | 'field'>): string {
  return `${m.in}:${m.index}:${m.field ?? ''}`;
}

/** The extracted string a mention's offsets refer to. */
export function stringOf(analysis: Analysis, m: Pick<Mention, 'in' | 'index' | 'field'>): string | null {
  const a = analysis.article;
  switch (m.in) {
    case 'title':
      return a?.title ?? null;
    case 'lead':
      return a?.lead ?? null;
    case 'paragraph':
      return a?.paragraphs[m.index] ?? null;
    case 'caption':
      return a?.captions[m.index] ?? null;
    case 'related': {
      const r = analysis.related[m.index];
      if (!r) return null;
      return m.field === 'summary' ? r.summary : m.field === 'caption' ? r.caption : r.title;
    }
    default:
      return null;
  }
}

/** yield to the slicer after grouping this many mentions */
const MENTIONS_PER_STEP = 2000;
/**
 * Marks inserted before the browser renders them (slices.ts, FRAME), adapted to what the
 * previous frame cost so a frame's style + layout + paint stays under RENDER_TARGET_MS. On the
 * 5,000-paragraph bench page a frame costs ~10 ms whatever its size (layout and pre-paint walk
 * the long article) plus ~30 µs a mark: 200 marks ≈ 16 ms, 600 ≈ 28 ms. Below `min` a frame
 * would cost about as much for little progress.
 */
export const MARKS_PER_FRAME = { first: 400, min: 150, max: 2000 };
const RENDER_TARGET_MS = 24;

function nextBatch(batch: number, rendered: Rendered): number {
  if (rendered === undefined) return batch;
  if (rendered > RENDER_TARGET_MS) return Math.max(MARKS_PER_FRAME.min, Math.floor(batch * 0.6));
  if (rendered < RENDER_TARGET_MS / 2) return Math.min(MARKS_PER_FRAME.max, Math.ceil(batch * 1.5));
  return batch;
}

function* groupMentions(analysis: Analysis): Generator<Step, Map<string, Located>> {
  const out = new Map<string, Located>();
  let seen = 0;
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (++seen % MENTIONS_PER_STEP === 0) yield;
      const key = mentionKey(mention);
      let group = out.get(key);
      if (!group) {
        const text = stringOf(analysis, mention);
        if (text === null) continue;
        group = { text, mentions: [] };
        out.set(key, group);
      }
      group.mentions.push({ mention, entity });
    }
  }
  return out;
}

/** How far around a mention its context is taken when its whole string is not found. */
const CONTEXTS = [32, 12, 0];

/**
 * Places the mentions of one string in an index: the whole string first (searched from `cursor`,
 * then from the start), else each mention with a little of its context. Returns where the string
 * ended, for the next one.
 */
function placeString(index: TextIndex, located: Located, cursor: number, out: MarkPlan[]): number {
  const { text } = located;
  let at = index.text.indexOf(text, cursor);
  if (at < 0) at = index.text.indexOf(text);
  const add = (segments: Segment[] | null, entity: Entity) => {
    if (!segments) return;
    segments.forEach((s, i) => {
      out.push({ ...s, entityId: entity.id, type: entity.type, focusable: i === 0 });
    });
  };
  if (at >= 0) {
    for (const { mention, entity } of located.mentions) {
      if (mention.end > text.length || mention.start < 0 || mention.start >= mention.end) continue;
      add(segmentsOf(index, at + mention.start, at + mention.end), entity);
    }
    return at + text.length;
  }
  for (const { mention, entity } of located.mentions) {
    if (mention.end > text.length || mention.start < 0 || mention.start >= mention.end) continue;
    for (const around of CONTEXTS) {
      const from = Math.max(0, mention.start - around);
      const context = text.slice(from, Math.min(text.length, mention.end + around));
      let found = index.text.indexOf(context, cursor);
      if (found < 0) found = index.text.indexOf(context);
      if (found < 0) continue;
      const start = found + (mention.start - from);
      add(segmentsOf(index, start, start + (mention.end - mention.start)), entity);
      break;
    }
  }
  return cursor;
}

export interface HighlightOptions {
  /** elements of VNA Lens itself (the card host): never read */
  isOwn?: (el: Element) => boolean;
}

export class Highlighter {
  readonly marks: MarkLayer;
  private done = new WeakSet<Element>();
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private regions: PageRegions | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: HighlightOptions = {},
  ) {
    this.marks = new MarkLayer(doc);
  }

  /** Is this node VNA Lens's own (mark or split text)? Mutation observers ignore those. */
  owns(node: Node): boolean {
    return this.marks.owns(node);
  }

  /** All the work for `analysis`, as small steps. */
  *steps(analysis: Analysis): Generator<Step, number, Rendered> {
    const regions = pageRegions(this.doc, analysis.article?.paragraphs);
    this.regions = regions;
    yield;
    const groups = yield* groupMentions(analysis);
    const isOwn = (el: Element) => this.marks.owns(el) || (this.options.isOwn?.(el) ?? false);
    const indexOptions = { noise: regions.layout.noise, isOwn };
    const plans: MarkPlan[] = [];
    /** regions read in this run: done once their marks are placed */
    const finished: Element[] = [];
    const take = (prefix: string) =>
      [...groups.entries()].filter(([k]) => k.startsWith(prefix)).map(([, located]) => located);

    const region = function* (
      this: Highlighter,
      roots: (Element | null)[],
      located: Located[],
      exclude?: ReadonlySet<Element>,
    ): Generator<Step, void> {
      const live = roots.filter((r): r is Element => r !== null && !this.done.has(r));
      if (live.length === 0 || located.length === 0) return;
      const index = yield* buildIndex(live, { ...indexOptions, exclude });
      let cursor = 0;
      for (const l of located) {
        cursor = placeString(index, l, cursor, plans);
        yield;
      }
      finished.push(...live);
    }.bind(this);

    if (analysis.article) {
      yield* region([regions.title], take('title:'));
      yield* region([regions.lead], take('lead:'), regions.body ? new Set([regions.body]) : undefined);
      yield* region([regions.body], take('paragraph:'), regions.bodyExclusions);
      yield* region(regions.captions, take('caption:'));
    }
    // teasers: each related item in its own live element, found by its title
    const teasers = [...regions.inlineItems, ...regions.feedItems].filter((el) => !this.done.has(el));
    if (teasers.length > 0 && analysis.related.length > 0) {
      const texts = new Map<Element, string>();
      const textOf = (el: Element) => {
        let t = texts.get(el);
        if (t === undefined) {
          t = squeeze(el.textContent ?? '');
          texts.set(el, t);
        }
        return t;
      };
      for (const [i, item] of analysis.related.entries()) {
        const located = ['title', 'summary', 'caption']
          .map((field) => groups.get(`related:${i}:${field}`))
          .filter((l): l is Located => l !== undefined);
        if (located.length === 0) continue;
        const el = teasers.find((t) => !this.done.has(t) && !finished.includes(t) && textOf(t).includes(item.title));
        yield;
        if (el) yield* region([el], located);
      }
    }
    // one text node at a time: its runs are wrapped together
    const byNode = new Map<Text, MarkPlan[]>();
    for (const [i, p] of plans.entries()) {
      const list = byNode.get(p.node);
      if (list) list.push(p);
      else byNode.set(p.node, [p]);
      if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    }
    // DOM writes in batches of MARKS_PER_FRAME, each rendered before the next (slices.ts)
    let made = 0;
    let wrapped = 0;
    let inFrame = 0;
    let batch = MARKS_PER_FRAME.first;
    for (const [node, list] of byNode) {
      const n = this.marks.wrapNode(node, list, node.data).length;
      made += n;
      inFrame += n;
      if (inFrame >= batch) {
        inFrame = 0;
        batch = nextBatch(batch, yield FRAME);
      } else if (++wrapped % 16 === 0) yield;
    }
    for (const r of finished) this.done.add(r);
    return made;
  }

  /** Highlights at once (tests, small pages). Returns how many marks were added. */
  applyNow(analysis: Analysis): number {
    return runNow(this.steps(analysis));
  }

  /**
   * Highlights in time slices. Runs one after the other (a teaser pass waits for the first
   * pass); remove() cancels whatever is running or waiting.
   */
  apply(analysis: Analysis, slices: SliceOptions = {}): Promise<number> {
    const generation = this.generation;
    const run = async () => {
      if (generation !== this.generation) return 0;
      const made = await runSliced(this.steps(analysis), {
        ...slices,
        cancelled: () => generation !== this.generation || (slices.cancelled?.() ?? false),
      });
      return made ?? 0;
    };
    const next = this.queue.then(run, run);
    this.queue = next;
    return next;
  }

  /** Removes every mark: the page's DOM is exactly what it was. */
  remove(): void {
    this.generation++;
    this.marks.unwrapAll();
    // regions may be read again when highlighting is turned back on
    this.done = new WeakSet();
  }

  get pageRegions(): PageRegions | null {
    return this.regions;
  }
}
