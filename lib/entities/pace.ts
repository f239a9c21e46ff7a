// How the entity passes are cut into steps (lib/slices.ts): a few milliseconds of work each.

/** Texts (paragraphs, teaser fields) per step of each pass. */
export const DOCS_PER_STEP = 40;
/** Candidates per step where a pass goes over candidates. */
export const CANDS_PER_STEP = 1_000;

/** A step boundary after every `per` items. */
export const pause = (k: number, per = DOCS_PER_STEP) => k % per === per - 1;
