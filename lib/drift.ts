// Layout drift: VNA pages where no known layout found the body or the feed and the structural
// path had to answer (signal `layout:drift:body,feed`). The last few are kept so the options page
// can list them: a redesign is noticed the day it ships. Pure: the storage is passed in.
import type { Analysis } from './types';

export interface DriftReport {
  url: string;
  /** what the known layouts missed: 'body', 'feed' */
  missing: string[];
  /** ISO time of the visit */
  at: string;
}

export const DRIFT_KEY = 'layoutDrift';
export const MAX_DRIFT_REPORTS = 20;

/** The drift this analysis reports, if any. */
export function driftOf(analysis: Analysis, at: string): DriftReport | null {
  const signal = analysis.page.signals.find((s) => s.startsWith('layout:drift:'));
  if (!signal || !analysis.page.isVna) return null;
  return { url: analysis.url.slice(0, 2000), missing: signal.slice('layout:drift:'.length).split(','), at };
}

/** Newest first, one report per address, at most MAX_DRIFT_REPORTS. */
export function withReport(reports: DriftReport[], report: DriftReport): DriftReport[] {
  return [report, ...reports.filter((r) => r.url !== report.url)].slice(0, MAX_DRIFT_REPORTS);
}

/** Reports read back from storage: anything else is dropped (storage is not trusted blindly). */
export function readReports(value: unknown): DriftReport[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (r): r is DriftReport =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.url === 'string' &&
        typeof r.at === 'string' &&
        Array.isArray(r.missing) &&
        r.missing.every((m: unknown) => typeof m === 'string'),
    )
    .slice(0, MAX_DRIFT_REPORTS);
}

/** The key-value storage the reports live in (browser.storage.local in the extension). */
export interface DriftStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

// (the parameter is not named `storage`: WXT's auto-import would bundle wxt/storage for that name)
export async function recordDrift(area: DriftStorage, analysis: Analysis, at = new Date().toISOString()) {
  const report = driftOf(analysis, at);
  if (!report) return;
  const got = await area.get(DRIFT_KEY);
  await area.set({ [DRIFT_KEY]: withReport(readReports(got[DRIFT_KEY]), report) });
}

export async function driftReports(area: DriftStorage): Promise<DriftReport[]> {
  return readReports((await area.get(DRIFT_KEY))[DRIFT_KEY]);
}
