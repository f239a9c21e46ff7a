// Is this a VNA-family page, and what kind? Decided from the host and from page signals.
// A VNA host is enough on its own. Elsewhere it takes the sites' own name (og:site_name) or the
// CMS markup together with VNA's dateline or photo credits: a "Voir plus" button alone, which
// many French news sites have, never makes a page VNA.

import { SITE } from '../extract/layouts';
import { editionLanguage, isVnaHost } from '../hosts';
import type { PageInfo } from '../types';

const SITE_NAMES =
  /^(vietnam\+|vietnamplus|vietnam\+ \(vietnamplus\)|le courrier du vietnam|vnanet|vietnam news agency|agence vietnamienne d'information|le vietnam illustré)/i;
const VNA_CREDIT = /(?:photo|ảnh)\s*:\s*[^.]{0,40}\b(?:VNA|AVI)\b|VNA\/CVN/i;
const VNA_DATELINE = /\((?:VNA|AVI|VNA\/CVN)\)\s*[–—-]/;
// (a story's number after its slug too: "…/tin-van/quang-ninh-vise-une-croissance-369348.html";
// VietnamPlus's older address, the number after the slug's own folder: "…/rencontre-des-attaches-
// de-defense-a-hanoi/46911.vnp")
const ARTICLE_URL = /-post\d+\.vnp$|\/\d{4,}\.(?:html|vnp)$|-\d{5,}\.html?$|\/\d{6,}(?:\.\w+)?$/;

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Text samples where datelines and credits live, bounded so huge pages stay cheap. */
function sampleTexts(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('p, figcaption, img[alt]')) {
    if (out.length >= 60) break;
    const t = el.tagName === 'IMG' ? (el.getAttribute('alt') ?? '') : (el.textContent ?? '');
    if (t.trim()) out.push(t.slice(0, 400));
  }
  return out;
}

export interface Detection extends PageInfo {
  /** evidence that the page holds one article (not a listing) */
  looksLikeArticle: boolean;
}

export function detectPage(doc: Document, url: string): Detection {
  const signals: string[] = [];
  const host = safeHost(url);
  const onVnaHost = host !== null && isVnaHost(host);
  if (onVnaHost) signals.push(`host:${host}`);

  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? '';
  const namedVna = SITE_NAMES.test(siteName);
  if (namedVna) signals.push(`og:site_name:${siteName.slice(0, 60)}`);
  const markup = doc.querySelector(SITE.cmsMarkup) !== null;
  if (markup) signals.push('markup:vna-cms');
  const texts = sampleTexts(doc);
  const dateline = texts.some((t) => VNA_DATELINE.test(t));
  if (dateline) signals.push('text:vna-dateline');
  const credit = texts.some((t) => VNA_CREDIT.test(t));
  if (credit) signals.push('text:vna-credit');
  const feedHeading = [...doc.querySelectorAll('h2, h3, .box-title, .title')].some((h) =>
    /^\s*voir plus\s*$/i.test(h.textContent ?? ''),
  );
  if (feedHeading) signals.push('feed:voir-plus');

  const isVna = onVnaHost || namedVna || (markup && (dateline || credit));
  if (!isVna) signals.push('not-vna');

  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  const ldArticle = [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) =>
    /"@type"\s*:\s*"(?:News)?Article"/.test((s.textContent ?? '').slice(0, 20_000)),
  );
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  })();
  const looksLikeArticle =
    ogType === 'article' ||
    ldArticle ||
    ARTICLE_URL.test(path) ||
    dateline ||
    doc.querySelector(SITE.articleMarkup) !== null;
  if (looksLikeArticle) signals.push('article-cues');

  const lang =
    doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() || (host ? editionLanguage(host) : null) || null;
  return {
    isVna,
    site: host,
    lang,
    kind: looksLikeArticle ? 'article' : isVna ? 'listing' : 'other',
    signals,
    looksLikeArticle,
  };
}
