// What on a page is not story text: navigation lines that are all link text (breadcrumb, tags,
// "follow us"), date lines and other furniture lines, and whole boxes that are no part of the
// story (the next story of an infinite scroll, a box in another language, a newsletter's box, a
// pull quote repeating the story).
import { WEEKDAY, WEEKDAY_ALTERNATIVES, WRITTEN_MONTH } from '../dates/names';
import { BARE_CREDIT, PHOTO_COUNTER } from './captions';
import { datelineOf } from './dateline';
import { FEED_LABEL, SIDE_LABEL } from './feed-runs';
import { inCommentBox } from './marked-parts';
import { fromVietnameseDateText } from './published';
import {
  FOLLOWING,
  hasClassMatching,
  hasLetter,
  holdsRunningText,
  linkTextLength,
  PUBLISHED_BY_OUTLET,
  squeeze,
  TEXT_LEVEL,
  textOf,
  VNA_OUTLET_NAMES,
} from './text';

/** A line of text no longer than this that is all link text is navigation, not the story. */
const MAX_LINK_LINE = 100;
const LINE_TAGS = 'p, div, li, span, h2, h3, h4, h5, h6';
/**
 * What a line holds: text and these (a line holding a block is not one line). Not a <span>: boxes
 * built of spans (a breadcrumb's separators, a script-built page's rows) are not one line.
 */
const INLINE = new Set([...TEXT_LEVEL, 'A', 'IMG', 'BR'].filter((tag) => tag !== 'SPAN'));

/** Its children only, never its whole subtree: this runs for every element of the page. */
function isLine(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(c.tagName)) return false;
  return true;
}

/**
 * Remove the lines that are all link text (only short ones when no layout found the body), except
 * inside `body` (the layout's own article body, where a linked line is the article's, unless it is
 * a list item) and the lines holding one of `keep`.
 */
export function removeLinkLines(doc: Document, body: Element | null, ...keep: (Element | null)[]): void {
  for (const el of doc.body?.querySelectorAll(LINE_TAGS) ?? []) {
    // (inside the body, only a list item: a list whose items are links is related stories, never prose)
    if (!isLine(el) || !el.isConnected || (body?.contains(el) && !el.closest('li'))) continue;
    const text = textOf(el);
    // (where the layout found the body, a line outside it that is all link text is never the story,
    // however long: a feed of long titles; on markup no layout knows, only a short one is surely not)
    if (!text || (!body && text.length > MAX_LINK_LINE) || keep.some((k) => k && (k === el || el.contains(k))))
      continue;
    const linked = linkTextLength(el);
    // (a tag line's label is no words of its own: "Mots-clés VietinBank, Nguyen Xuan Phuc, banque")
    // (nor is a link's: SPIP's "Voir en ligne : VNA", the story's source online)
    const words = text.replace(TAG_LABEL, '').replace(ONLINE_LABEL, '');
    if (linked >= words.replace(/[\s#,·|/-]/g, '').length * 0.9 && linked > 0) removeWithEmptyBoxes(el);
  }
}

const ONLINE_LABEL = /^\s*voir en ligne\s*:/i;
const TAG_LABEL = /^\s*(?:mots?[- ]cl[ée]s?|tags?|[ée]tiquettes?|keywords|từ khóa)(?=[\s:]|$)\s*:?/iu;

/**
 * An old table layout's side columns: the story's cell (the innermost table cell holding both its
 * title and its running text) sits in a row beside cells of menus, lists, polls and weather;
 * those cells, shorter than the story's or made of links, are never the story (Readability adds a well-scored
 * sibling cell to the story's).
 */
export function removeSideColumns(titleEl: Element | null, text: Element | null): void {
  let cell = titleEl?.closest('td') ?? null;
  while (cell && text && !cell.contains(text)) cell = cell.parentElement?.closest('td') ?? null;
  // (no box of lines at all — bare text and line breaks — and the title's own cell is the story's)
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR') return;
  // (not a cell with more text than the story's: the story's running text may be bare text and
  // line breaks, which the densest box does not count)
  const own = textOf(cell).length;
  for (const other of [...row.children])
    if (other !== cell && (textOf(other).length * 2 < own || isLinkColumn(other))) other.remove();
}

/** A column of links: three or more, a third of its text or more in them (a menu), or a side list by its label ("Les plus lus"). */
function isLinkColumn(cell: Element): boolean {
  const links = [...cell.querySelectorAll('a')];
  const linked = links.reduce((n, a) => n + textOf(a).length, 0);
  return (
    (links.length >= 3 && linked * 3 >= textOf(cell).length) || (links.length > 0 && SIDE_LABEL.test(textOf(cell)))
  );
}

/**
 * Remove `el`, then the boxes it leaves empty (the <li> of a title-only feed, then the list once
 * its last item is gone): Readability turns a box of non-block children into a paragraph and
 * moves them all, once per retry. Only the parent's own children are read, never its subtree.
 */
function removeWithEmptyBoxes(el: Element): void {
  let box: Element | null = el.parentElement;
  el.remove();
  while (box && BOXES.has(box.tagName) && (isEmptyBox(box) || isLabelOnly(box))) {
    const up: Element | null = box.parentElement;
    box.remove();
    box = up;
  }
}

/** Containers of lines and lists (never a table cell, the body or a heading). */
const BOXES = new Set(['LI', 'UL', 'OL', 'DIV', 'SECTION', 'NAV', 'ASIDE']);

/** A label left alone once its links are gone ("Mots-clés :", "Tags :") labels nothing. */
function isLabelOnly(el: Element): boolean {
  if (el.childElementCount > 2 || el.querySelector('a, img, picture, video, iframe')) return false;
  // (a word or two, "Tags :", "Lire aussi :"; not a speaker's "Il a déclaré :" or "Nguyên Trong Nghia :")
  const text = squeeze(el.textContent ?? '');
  return text.length <= MAX_LABEL && (/^[^.!?…:\s]+(?:\s[^.!?…:\s]+)?\s?:$/.test(text) || RELATED_LABEL.test(text));
}
const MAX_LABEL = 30;
/** a related box's own label, of more words ("Sur le même sujet :", "À lire aussi :") */
const RELATED_LABEL =
  /^(?:(?:[àa] )?lire (?:aussi|également)|voir aussi|sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:liés|similaires))\s?:$/i;

function isEmptyBox(el: Element): boolean {
  if (el.firstElementChild) return false;
  for (const n of el.childNodes) if ((n.textContent ?? '').trim() !== '') return false;
  return true;
}

const SIGN_OFFS: RegExp[] = [
  // an agency's sign-off alone: "CPV/VNA/CVN", "VNA/VI", "– AVI" (the writer's initials first may
  // mix cases: "-NDEl/VNA/VI"); VietnamPlus signs with its own name: "VNA/VietnamPlus", "(VNA/Vietnam+)"
  /^(?=.*\b(?:VNA|CVN|AVI|TTXVN|VNP)\b)[-–(]?\s*(?:[A-Z]{2,6}|[A-Z][A-Za-z]{1,5}(?=\s*\/))(?:\s*\/\s*(?:[A-Z]{2,6}|VietnamPlus|Vietnam\+)){0,3}\s*\)?\.?$/,
  // …and the writer's name before it: "Xuân Phuong/CVN", "Thanh Hà - VNA/CVN"
  /^(?=.{0,60}$)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*(?:\/|\s[-–]\s)\s*(?:VNA|CVN|AVI|TTXVN|VNP|VI)(?:\s*\/\s*[A-Z]{2,6}){0,2}\.?$/u,
];
/** An agency's sign-off on a line of its own ("VNA/CVN", "Thanh Hà - VNA/CVN"): where a dispatch ends. */
export function isSignOff(text: string): boolean {
  return SIGN_OFFS.some((re) => re.test(text));
}

/** A copy's credit of its VNA source: where a quoted story ends. */
const SOURCE_CREDITS: RegExp[] = [
  // a copy's address of its source: "Source : https://fr.vietnamplus.vn/…", "Source : lecourrier.vn
  // (VNA/CVN)"; a print view's "Lien de l'article : https://…", "URL : …"
  /^(?:source|lien de l['’]article|lien|url|adresse de l['’]article)\s*:\s*(?:https?:\/\/|www\.|[\w-]+\.[a-z]{2,})\S*(?:\s*\([^()]{1,20}\))?$/i,
  // a copy's credit of its VNA source, with what it says of the copy: "Source : VietnamPlus (Agence
  // vietnamienne d'information). Article repris dans son intégralité."
  new RegExp(String.raw`^(?=.{0,200}$)source\s*:\s*(?:${VNA_OUTLET_NAMES})(?![\p{L}])`, 'iu'),
  // its first publication there: "Article publié le 12 octobre 2025 à 17h40 par Le Courrier du Vietnam"
  PUBLISHED_BY_OUTLET,
  // …or without its date: "Publié initialement par VietnamPlus (Agence vietnamienne d'information, VNA)."
  new RegExp(
    String.raw`^(?=.{0,200}$)(?:(?:cet |un )?article\s+)?(?:publi[ée]e?|paru|diffus[ée]e?|mis en ligne)\s+(?:initialement\s+|d['’]abord\s+|à l['’]origine\s+)?(?:par|sur|dans)\s+(?:${VNA_OUTLET_NAMES})(?![\p{L}])[^.!?]{0,20}(?:\([^()]{1,60}\))?\s*\.?$`,
    'iu',
  ),
];

/** (a link's hidden words glued to it, "VietnamPlusLiens vers un site externe.", are read apart) */
export function isSourceCredit(text: string): boolean {
  const apart = text.replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2');
  return SOURCE_CREDITS.some((re) => re.test(text) || re.test(apart));
}

/** Lines that are never the story, one kind a pattern. */
const NON_STORY_LINES: RegExp[] = [
  // a tool bar's words left as a line: "Imprimer Envoyer", "Partager | Imprimer | E-mail"
  /^(?:(?:imprimer|envoyer|partager|e-?mail|courriel|tweeter|facebook|zalo|copier le lien|enregistrer|télécharger(?: en)? pdf)\s*[|·•/-]?\s*){2,}$/i,
  // an in-text ad's line: "Suite de l'article après la publicité", "La suite après cette publicité"
  /^(?:la )?suite (?:de l['’]article )?(?:après|ci-dessous|sous) (?:la|cette) publicité\.?$/i,
  // a tag line whose links a print view dropped: "Mots-clés : patrimoine culturel, Hung Yên"
  // (and a wiki's or a blog's categories: "Catégories : Pacifique, Diplomatie")
  /^(?:mots?[- ]cl[ée]s?|tags?|[ée]tiquettes?|keywords|cat[ée]gories?)\s*:\s*[^.!?…]{1,200}$/i,
  // …and a box's heading left alone once its links are gone: "Mots-clés", "Newsletter", "Suivez-nous"
  // (and a field's label whose value went as a sign-off: "Source" over "VNA")
  /^(?:mots?[- ]cl[ée]s?|tags?|[ée]tiquettes?|keywords|cat[ée]gories?|rubriques|newsletter|partager(?: cet article)?|suivez-nous(?: sur)?|sources?|auteurs?)\s*:?$/i,
  // a breadcrumb the same: "Accueil / Culture - Sports / <the headline>"
  /^(?:accueil|home|trang chủ)\s*[/>»›|]\s*[^.!?…]{1,300}$/i,
  // a blog's feed footer, as WordPress writes it in every item: "L'article X est apparu en premier
  // sur Le Courrier du Vietnam.", "The post X appeared first on Y."
  /^(?=.{0,400}$)(?:l['’]article|the post)\s.+\s(?:est apparu en premier sur|appeared first on)\s[^.!?]+\.?$/i,
  // "18/02/2017 10:15 Lecture : 3 min", "Publié le … — Mis à jour le …": a short line with a date
  // and no sentence is the date line
  /^(?=.{0,100}$)(?=.*\b\d{1,2}\/\d{1,2}\/\d{4}\b)[^.!?…]*$/,
  // (opening on a date written year first, as ISO 8601 does, and its time: "2025-02-14 09:20:31
  // Source : VNA/CVN Rédacteur : …"; not a chronology's "2020-08-01 : entrée en vigueur de l'EVFTA")
  /^(?=.{0,100}$)(?:19|20)\d{2}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s[^.!?…]*)?$/,
  // (with its time, a tool line's counts may follow: "18/02/2017 10:15 | Vues : 1.284 | Imprimer";
  // not "Au 30/06/2024 : 1.250 millions de dollars", which states no time)
  /^(?=.{0,100}$)[^.!?…]*\b\d{1,2}\/\d{1,2}\/\d{4}\s*(?:[-–,|]\s*)?\d{1,2}[:h]\d{2}\b(?:[^.!?…]|\.(?=\d))*$/,
  // (a dotted date, its weekday and its time: "Mardi 18.05.2021 10:15")
  new RegExp(
    String.raw`^(?=.{0,100}$)(?:(?:${WEEKDAY_ALTERNATIVES}|publi[ée]e? le|mis à jour le|mise à jour|mise à jour le),?\s+)?\d{1,2}\.\d{1,2}\.\d{4}(?:\s*(?:[-–,|]\s*)?\d{1,2}[:h]\d{2})?(?:\s*[|–-]\s*[^.!?…]*)?$`,
    'iu',
  ),
  // (a dotted date and its time, then a byline or an update: "17.11.2025 08:40 par X (Mis à jour :
  // 18.11.2025 14:05)"; the dots allowed after are a dotted date's, not a number's, "1.200 voix")
  /^(?=.{0,100}$)\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}[:h]\d{2}\s*(?:[|–-]|par\s)(?:[^.!?…]|\.(?=\d{1,2}\.\d{4}\b)|(?<=\.\d{1,2})\.(?=\d{4}\b))*$/iu,
  // a date written out, with its time or its weekday, and no sentence: "Samedi 29 mars 2025 - 10:20
  // | Propos recueillis par …", "Mercredi 1 août 2018", "Posté le dimanche 11 novembre 2018 · Rubrique"
  // (a chronology's "12 avril 1973 : …" is the story's own)
  new RegExp(
    String.raw`^(?=.{0,100}$)(?=.*\b\d{1,2}(?:er)?\s+${WRITTEN_MONTH}\s+\d{4}\b)(?=.*(?:\b\d{1,2}[:h]\d{2}\b|^(?:(?:post[ée]|publi[ée])e?\s+le\s+)?${WEEKDAY}\b))[^.!?…]*$`,
    'i',
  ),
  // a written date and its byline, a name at most: "17 septembre 2025, par Rédaction CVN" (an
  // author's linked name is gone by then: "17 septembre 2025, par"); not a chronology's "12 mai
  // 2024, par 450 voix sur 480, …"
  new RegExp(
    String.raw`^(?=.{0,100}$)(?:publi[ée]e? le\s+)?\d{1,2}(?:er)?\s+${WRITTEN_MONTH}\s+\d{4}\s*[,–-]?\s*par(?:\s+\p{Lu}[\p{L}'’.-]*){0,5}\s*$`,
    'iu',
  ),
  // a newsletter's footer: why the reader receives it, how to leave ("Vous recevez cette lettre car
  // vous êtes inscrit(e)… Se désabonner"), its tools ("Facebook · S'abonner à l'édition papier ·
  // Transférer à un ami"), its button ("Lire sur lecourrier.vn") and its contact line ending on an
  // e-mail address
  // (not a story's sentence that speaks of unsubscribing, or ends on an address to write to)
  /^(?=.{0,300}$)vous recevez (?:cette|ce|notre) (?:lettre|e-?mail|courriel|message|newsletter)\b/i,
  /^(?=.{0,80}$)(?:[^.!?]*[·|]\s*)?se d[ée]sabonner\b[^.!?]*$/i,
  /^(?=.{0,200}$)(?=.*\b(?:facebook|twitter|partager|s['’]abonner|abonnement|transf[ée]rer|imprimer)\b)(?:[^·|.!?]{1,40}\s[·|]\s){1,6}[^·|.!?]{1,40}$/i,
  /^(?:lire|voir)(?: la suite| l['’]article)? sur (?:le site )?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|fr|net|org)$/i,
  /^(?=.{0,200}$)[^!?]*\s[–|·]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*$/i,
  // a line of hashtags, a notes app's tags: "#presse/vnp #diplomatie"
  /^(?:#[\p{L}\p{N}_/-]+\s*){1,12}$/u,
  // (and tags of several words, three or more, with no word that joins a sentence: "#Patrimoine
  // culturel #Thang Long #UNESCO"; not a crosshead, "#MeToo et #BalanceTonPorc en Asie")
  /^(?=.{0,150}$)(?!.*\s(?:et|ou|en|de|du|des|la|le|les|à|au|aux|pour|sur|dans|par|avec)\s)(?:#[\p{L}\p{N}_/-]+(?:\s+[\p{L}\p{N}_/-]+){0,3}\s*){3,12}$/iu,
  // a count of readings or of a gallery's photos alone: "1 254 lectures", "Vues : 3.120", "5 photos"
  /^(?:(?:\d[\d\s.,]*)\s*(?:lectures?|vues?|views?|photos?|images?)|(?:lectures?|vues?)\s*:\s*\d[\d\s.,]*)$/iu,
  // a photo credit alone, a gallery's for all its photos: "Photos : VNA/CVN"; its counter, "Photo 1/3"
  BARE_CREDIT,
  PHOTO_COUNTER,
  // a blog's byline, a name at most: "Rédigé par Martine R.", "Écrit par Jean Dupont"
  /^(?:[Rr]édigée?|[ÉéEe]crite?|[Pp]ostée?)\s+par(?:\s+\p{Lu}[\p{L}'’.-]*){1,5}\s*$/u,
  // a page's own dates, labelled, and nothing else: "Dernière mise à jour: 12 avril 2023 Création:
  // 22 octobre 2019" (a docs site's revision dates)
  new RegExp(
    String.raw`^(?=.{0,120}$)(?:(?:dernière mise à jour|mise à jour|mis à jour le|création|créée? le)\s*:?\s*\d{1,2}(?:er)?\s+${WRITTEN_MONTH}\s+\d{4}\s*)+$`,
    'iu',
  ),
  // a cookie banner's words: "Nous utilisons des cookies.", "Ce site utilise des cookies…"
  /^(?=.{0,200}$)(?:(?:nous utilisons|ce site (?:web )?utilise|en poursuivant (?:votre )?navigation|nous et nos partenaires)\b.*\bcookies?\b|.*\bcookies?\b.*\b(?:accepter|refuser|paramétrer|politique de (?:confidentialité|cookies))\b)/i,
  // …and a site that names itself, in a short line: "Le Courrier du Vietnam utilise des cookies."
  /^(?=.{0,90}$)\p{Lu}[\p{L}'’ +-]{2,40} utilise des cookies\b/u,
  // an ad's label ("PR", as a Japanese-style portal marks its sponsored links)
  /^(?:publicités?|annonces?|advertisement|sponsorisé)$/i,
  /^PR$/,
  // a related box's name left alone, its stories in a menu or a script's list: "Autres articles"
  new RegExp(String.raw`${FEED_LABEL.source}\s*[:…]?\s*$`, 'iu'),
  // a medium's label over a photo or a player: "Photo", "Vidéo", "En images"
  /^(?:photos?|vid[ée]os?|en images|infographies?|diaporama)$/i,
  ...SOURCE_CREDITS,
  // a wiki's line under its headline: "Un article de Wikipédia, l'encyclopédie libre."
  /^[Uu]n article de\s+(?:l['’])?\p{Lu}[^.!?]{2,60}\.?$/u,
  // a byline that opens on its publication, whatever follows it but a sentence: "Publié par VNA le
  // 08.06.2022 à 18h40 (heure de Hanoï) · Repris avec l'autorisation de VietnamPlus"
  /^(?=.{0,200}$)publi[ée]e?\s+(?:par\s+[^.]{1,40}?\s+)?le\s+\d(?:[^.!?…]|\.(?=\d))*$/i,
  // a relative time, alone or after a source: "il y a 3 heures", "Le Courrier du Vietnam / il y a 2
  // jours" (not a crosshead's "Il y a 50 ans": a publication time is weeks old at most)
  /^(?=.{0,80}$)(?:[^.!?…]*[/·|–-]\s*)?il y a\s+(?:\d+|une?|quelques)\s+(?:secondes?|minutes?|heures?|jours?|semaines?)$/i,
  // a reader's navigation: "Article suivant", "Chargement de l'article suivant…"
  /^(?:(?:article|page)\s+(?:suivant|suivante|précédent|précédente)|chargement(?:\s+de\s+l[’']article\s+suivant)?\s*(?:…|\.\.\.))$/i,
  // a call to follow the outlet elsewhere: "Suivez VietnamPlus sur Google Actualités", "Suivez-nous sur Facebook"
  /^(?=.{0,80}$)suivez(?:-nous|\s+[^.!?…]{1,40}?)\s+sur\s+(?:google\s+(?:actualités|news)|facebook|x|twitter|zalo|youtube|telegram|tiktok|instagram|linkedin|whatsapp)\s*[.!]?$/i,
  // a call to subscribe: "Recevez chaque matin … : inscrivez-vous à notre lettre." (not a quote)
  /^(?=.{0,200}$)[^«"“]*\b(?:inscrivez-vous|abonnez-vous)\b/i,
  ...SIGN_OFFS,
  // …and a newsletter box's pitch and button: "Recevez toute l'actualité directement dans votre
  // boîte mail", "Je m'abonne" (not a question, "Recevez-vous des messages par e-mail ?")
  /^(?:je m['’]abonne|s['’]abonner|je m['’]inscris|s['’]inscrire)\s*!?$/i,
  /^(?=.{0,200}$)recevez\b(?!-)[^?]*\b(?:bo[iî]te (?:mail|e-mail|aux lettres)|par (?:e-?mail|courriel)|newsletter|lettre d['’]information)\b[^?]*$/i,
  // the link to the next page of a story split in pages: "Lire la suite de l'entretien : …"
  /^(?=.{0,200}$)lire la suite\b/i,
  // a reading time, a date with its month cut short: "3 min de lecture", "Temps de lecture : 3 min",
  // "16 nov. 2025", "1er déc. 2025" (not "12 mars 1973", a chronology's heading)
  /^\d{1,3}\s*min(?:utes?)?\s+de\s+lecture$/i,
  /^(?:temps\s+de\s+)?lecture\s*:?\s*\d{1,3}\s*min(?:utes?)?\.?$/i,
  /^\d{1,2}(?:er)?\s+(?:(?:janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)\.?|(?:mars|mai|juin|août|aout)\.)\s+\d{4}$/i,
  // an author's box after the story: "Plus d'articles de Trân Minh Duc", and its "Voir tout"
  /^(?=.{0,80}$)(?:plus d['’]articles|more articles|d['’]autres articles)\s+(?:de|by|from)\s+[^.!?]+$/iu,
  /^(?:voir tout|tout voir|see all|view all)$/i,
  // a comments box's label: "Commentaires Facebook", "Réactions (3)"; its notice, "Les commentaires
  // sont désactivés pour cet article."
  /^(?:commentaires?|réactions?|vos réactions)(?:\s+(?:facebook|disqus))?(?:\s*\(\d+\))?$/i,
  /^les\s+commentaires\s+sont\s+(?:désactivés|fermés|clos)(?:\s+pour\s+cet\s+article)?\.?$/i,
  // a print edition's reference: "Paru dans l'édition imprimée du mercredi 27 novembre 2024, page 4",
  // "Édition du lundi 15 décembre 2025 · N° 318"
  /^(?=.{0,120}$)(?:(?:article\s+)?paru\s+dans\s+(?:l['’]édition|le\s+numéro)|édition\s+du\s+(?:\p{L}+\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\s*(?:[·|,–-]\s*n°\s*\d+)?$)/iu,
  // the outlet's notices about the text, not its words: an update's note ("Mis à jour le 13/06/2024
  // à 18h20 : ajout des chiffres…"), a correction ("Rectificatif (14/06/2024) : une version
  // précédente…", "Erratum :"), a machine translation's ("Traduction assistée — Cette dépêche a été
  // traduite…"), an archive's ("Cet article a été publié il y a plus de dix ans.")
  // (each saying so of the text: "ajout", "une version précédente", "cet article"; a live report's
  // "Mis à jour le 27 juin à 17h : le ministère a annoncé…" is its news, an exam's "Correction : les
  // enseignants…" its subject)
  // (or that says what was done to the text: ": cet article a été complété avec…")
  /^(?=.{0,400}$)(?:mis(?:e)? à jour|actualisé)\s+le\s+\d[^:]{0,40}:\s*(?:ajout|précision|correction|modification|mise à jour|complément|nouveaux? (?:chiffres?|éléments?|détails?|informations?)|(?:cet article|cette dépêche|ce texte)\s+a été\s)/i,
  /^(?=.{0,500}$)(?:rectificatif|erratum|correction)\s*(?:\([^)]{0,30}\))?\s*:.{0,200}\b(?:version précédente|cet article|cette dépêche|ce texte|par erreur|a été corrigée?|indiquait)/i,
  /^(?=.{0,400}$)(?:traduction\s+(?:assistée|automatique)\b.{0,200}\b(?:cette dépêche|cet article|ce texte|a été tradui\w*|outil de traduction)|(?:cet article|cette dépêche|ce texte)\s+a\s+été\s+tradui)/i,
  /^(?=.{0,300}$)cet\s+article\s+a\s+été\s+publié\s+il\s+y\s+a\b/i,
  // an audio player's line: "2:41 Voix de synthèse", "Écouter l'article 1:48"
  /^(?:\d{1,2}:\d{2}\s*)?(?:voix de synthèse|écouter l['’]article|écouter cet article|version audio)(?:\s*\(?\d{1,2}:\d{2}\)?)?$/i,
  // a count of readers: "Affichages : 1.284", "Lu 412 fois", "Vues : 3 021"
  /^(?:(?:affichages|vues|lectures|consultations|hits)\s*:?\s*\d[\d.\s]*|lu\s+\d[\d.\s]*\s*fois)$/i,
  // a site's legal footer: "… Licence n° 1174/GP-BTTTT … © Copyright VietnamPlus. Tous droits réservés."
  /^(?=.{0,400}$).*(?:©|\bcopyright\b).{0,120}\b(?:tous droits réservés|all rights reserved)\.?$/i,
  // …or its notice alone: "© TTXVN – Toute reproduction, même partielle, est interdite sans
  // l'accord de la VNA." (a notice's words: not a story's "La reproduction des ours … est interdite")
  /^(?=.{0,300}$)(?:©|copyright\s*(?:©|\(c\)|\d{4}))/i,
  // ("Les informations de l'Agence… sont protégées par le droit d'auteur. Toute reproduction…")
  /^(?=.{0,400}$).{0,120}\bprot[ée]g[ée]e?s?\s+par\s+le\s+droit\s+d['’]auteur\b/i,
  /^(?=.{0,300}$)toute\s+reproduction\b.{0,120}\binterdite\b.{0,60}\b(?:sans\s+(?:l['’]accord|autorisation|l['’]autorisation)|même\s+partielle)/i,
  // (the notice that asks for the agency's credit instead: "Toute reproduction doit mentionner la
  // source « Agence Vietnamienne d'Information (VNA) »"; not a story's sentence on press law, "Toute
  // reproduction d'une œuvre de presse doit mentionner la source et le nom de l'auteur, précise…")
  new RegExp(
    String.raw`^(?=.{0,300}$)toute\s+(?:reproduction|reprise)\b[^.!?]{0,40}\bdoi(?:t|vent)\s+(?:mentionner|citer|indiquer)\s+(?:la\s+source|l['’]origine)\s*:?\s*[«"“(]?\s*(?:l['’]\s*)?(?:${VNA_OUTLET_NAMES}|ttxvn|cvn|avi)\b`,
    'iu',
  ),
];

/** A rubric's label in capitals over the headline ("INTERVIEW"): before the story's first paragraph only. */
const RUBRIC_LABEL = /^\p{Lu}{3,}(?:\s+\p{Lu}{2,})?$/u;

export function isNonStoryLine(text: string, storyBegun = false): boolean {
  // (a machine timestamp printed as text, a rich snippet's copy a style sheet hides, says nothing:
  // "2018-10-19T01:19:00+07:00 19/10/2018 01:19 | Société" is a date line)
  // (nor with the page's address beside it, a microdata copy's: "2022-11-01T17:20:00+07:00 https://…")
  const shown = text.replace(ISO_TIMESTAMP, ' ').trim();
  if (shown !== text.trim()) {
    const rest = shown.replace(/https?:\/\/\S+/g, ' ').trim();
    return !hasLetter(rest) && !/\d/.test(rest) ? true : isNonStoryLine(shown, storyBegun);
  }
  return isListedLine(text, storyBegun) || isFieldsLine(text, storyBegun);
}

/** One of the page's own lines the list names, or a rubric's label before the story begins. */
function isListedLine(text: string, storyBegun: boolean): boolean {
  return NON_STORY_LINES.some((re) => re.test(text)) || (!storyBegun && RUBRIC_LABEL.test(text));
}

/**
 * A meta line of short fields parted by "|", "·" or "•", each a line of no story: its date, its
 * rubric, its count of readers, its source ("Mardi, 12 mars 2019 - 14:32 | Catégorie : Environnement
 * | Affichages : 1.284"; "· VNA", what is left of "il y a 3 heures · VNA").
 */
function isFieldsLine(text: string, storyBegun: boolean): boolean {
  if (text.length > 200 || !FIELD_SEPARATOR.test(text)) return false;
  const fields = text
    .split(FIELD_SEPARATOR)
    .map((f) => f.trim())
    .filter(Boolean);
  // (a field of the page's own: a date, a rubric, a count, a credit, a © notice; a menu's word or
  // two beside them, "Politique | Économie | Contact © 2011 VietnamPlus…")
  const own = (f: string) => fromVietnameseDateText(f) !== null || isListedLine(f, storyBegun) || /©\s*\d{4}/.test(f);
  const menuWord = (f: string) => f.split(/\s+/).length <= 2 && !/[.!?]$/.test(f);
  return fields.some(own) && fields.every((f) => own(f) || menuWord(f));
}
const FIELD_SEPARATOR = /(?:^|\s)[|·•](?:\s|$)/;
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

/**
 * On a French page, a line written in part in Chinese, Japanese or Korean characters (two or more,
 * a fifth of its letters) is a repost's own words — a glossary, a QR code's call, a disclaimer —
 * not the French story's, which names such things in Latin letters (a word quoted in a sentence
 * stays).
 */
export function inAnotherScript(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk < 2) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return cjk * 5 >= letters;
}

/** Is a page written in Chinese, Japanese or Korean (its language, or its title's characters)? */
export function inCjkLanguage(doc: Document, title: string): boolean {
  return (
    /^(?:zh|ja|ko)\b/i.test(doc.documentElement?.getAttribute('lang') ?? '') || (title.match(CJK)?.length ?? 0) >= 2
  );
}
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Does el hold (or is it) one of `keep` (the article's title or body)? */
export function holdsAny(el: Element, keep: (Element | null)[]): boolean {
  return keep.some((k) => k && el.contains(k));
}

/**
 * A short line said three times or more in the body is the page's furniture, not the story's (each
 * entry of a live blog signed "Rédaction Le Courrier", a "Partager" under every block); not a
 * speaker's label before each answer ("Le Courrier du Vietnam :"), nor a line that is a sentence.
 */
export function withoutRepeatedShortLines(paragraphs: string[]): string[] {
  const count = new Map<string, number>();
  for (const p of paragraphs) if (p.length <= 60 && !/[:.!?…»"]\s*$/.test(p)) count.set(p, (count.get(p) ?? 0) + 1);
  return paragraphs.filter((p) => (count.get(p) ?? 0) < 3);
}

/** A sign-up box's pitch: a sentence or two, and says what it offers ("Recevez…", "Abonnez-vous…", "la lettre"). */
function isPitch(p: Element): boolean {
  // (a longer pitch says what it sells in so many words: "notre lettre d'information vous présente
  // chaque semaine…", "En vous inscrivant, vous acceptez de recevoir nos courriels…")
  const text = textOf(p);
  return (
    (textShorterThan(p, SIGN_UP_PITCH) && PITCH.test(text)) || (text.length <= LONG_PITCH && SALES_PITCH.test(text))
  );
}
// ("Recevez chaque soir la sélection de la rédaction de VietnamPlus : économie, société,
// environnement, culture et sport, en français.": 130 characters)
const SIGN_UP_PITCH = 200;
const LONG_PITCH = 400;
const SALES_PITCH =
  /\b(?:lettre d['’]information|newsletter|(?:vous|en vous) (?:inscri\w*|abonn\w*|désinscri\w*)|nos courriels|service premium|notre offre)\b/i;
/** A sign-up box's own label beside its field, "Newsletter VietnamPlus": a few words. */
const SIGN_UP_LABEL = 60;
/** A sign-up box's text at most: its heading, a pitch or two, the field and its button. */
const SIGN_UP_BOX = 800;
// (and when it comes: "Chaque vendredi, une sélection de nos articles… dans votre boîte.")
const PITCH =
  /\b(?:recevez|recevoir|abonn\w*|inscri\w*|newsletter|lettre d['’]information|lettre|e-?mail|courriel|bo[iî]te (?:mail|de réception)|dans votre bo[iî]te|chaque (?:jour|matin|soir|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?![\p{L}\d])/iu;

/**
 * A box that asks the reader to write: a newsletter's field for an e-mail, a comment's field for a
 * message, with the few lines around it ("Newsletter VietnamPlus", "Recevez chaque matin
 * l'essentiel…", "Laisser un commentaire", "Aucun message pour le moment."), never the story: up
 * from the field while the box stays short and holds no paragraph longer than a pitch, nor the
 * title. (From the field itself when its form is the whole page's, as ASP.NET wraps pages.)
 */
export function removeSignUpBoxes(doc: Document, keep: (Element | null)[]): void {
  // a newsletter's call with a button or a link and no field ("La lettre Défense — Recevez chaque
  // semaine… — Je m'inscris"): a short box its class names so, of pitch lines only
  // (or an offer of the outlet's own: "Service premium de la VNA — … — Découvrir l'offre")
  for (const box of doc.querySelectorAll(
    '[class*="newsletter" i], [class*="premium" i], [class*="subscri" i], [class*="abonn" i]',
  )) {
    if (!box.isConnected || holdsAny(box, keep) || !textShorterThan(box, SIGN_UP_BOX)) continue;
    // (a call has its control: a button or a link to sign up)
    if (!box.querySelector('a[href], button, [role="button"], input, [class*="button" i]')) continue;
    const ps = [...box.querySelectorAll('p')];
    if ((PITCH.test(textOf(box)) && ps.every(isPitch)) || (SALES_PITCH.test(textOf(box)) && ps.some(isPitch)))
      box.remove();
  }
  // (an e-mail field named or prompted so, in a plain text input: "Votre adresse e-mail")
  for (const input of doc.querySelectorAll(
    'input[type="email"], input[name*="mail" i], input[placeholder*="mail" i], textarea',
  )) {
    if (input.getAttribute('type') === 'hidden') continue;
    const form = input.closest('form');
    let box: Element | null = form && !holdsAny(form, keep) && textShorterThan(form, 300) ? form : input;
    for (let up = box.parentElement; up && up !== doc.body; up = up.parentElement) {
      if (holdsAny(up, keep) || !textShorterThan(up, SIGN_UP_BOX)) break;
      const inner: Element = box;
      // (lines of its own pitch beside the field: "Recevez chaque matin l'essentiel…"; not a short
      // story's paragraphs, in <p>s or in bare <div>s)
      const others = [...up.children].filter((c) => c !== inner && !c.contains(inner) && textOf(c));
      if (others.some((c) => !isPitch(c) && !textShorterThan(c, SIGN_UP_LABEL))) break;
      // (or a few words of its own, "Gratuit. Désinscription en un clic.")
      if (
        [...up.querySelectorAll('p')].some(
          (p) => !inner.contains(p) && !isPitch(p) && !textShorterThan(p, SIGN_UP_LABEL),
        )
      )
        break;
      box = up;
    }
    if (box?.isConnected && !holdsAny(box, keep)) box.remove();
  }
}

/** A box's class that names the writer's box: "author-box", "mh-author-box", "nc-authorbox", "c-author-card", "about-author", "author-bio". */
const AUTHOR_BOX_CLASS = /(?:^|[_-])(?:author|auteur)[_-]?(?:box|bio|info|card|block|profile|about)$|about[_-]author/i;
/** Pages that list a writer's stories: "/author/x/", "/auteur/x", "/tac-gia/x". */
const AUTHOR_LINK = 'a[rel~="author"], a[href*="/author/"], a[href*="/auteur/"], a[href*="/tac-gia/"]';
const AUTHOR_BOX_TEXT = 500;

/**
 * The writer's box, an avatar beside a line on the desk or the writer ("Service des sports — La
 * rubrique Sports … suit les compétitions", "À propos de VNA/CVN"), is never the story nor a
 * photo's caption: a short box its class names so ("author-box", "c-author-card"), holding neither
 * the title nor the body. (Read before the captions: its avatar and its line would make one.)
 */
export function removeNamedAuthorBoxes(doc: Document, keep: (Element | null)[]): void {
  // (the selector narrows the walk to the few boxes whose class says "author" or "auteur")
  const boxes = [...doc.querySelectorAll('[class*="author" i], [class*="auteur" i]')].filter(
    (el) => hasClassMatching(el, AUTHOR_BOX_CLASS) && !holdsAny(el, keep) && textShorterThan(el, AUTHOR_BOX_TEXT),
  );
  for (const box of boxes) if (box.isConnected) box.remove();
}

/**
 * The box around a link to the writer's page and a picture (an avatar, a byline's), named by no
 * class: up from the link while the box stays short, holds no paragraph of running text, no photo's
 * figure or caption (a photographer's credit may link the writer's page), neither the title nor the
 * body. (Read after the captions: a video's box may hold the byline beside the story's few lines.)
 */
export function removeLinkedAuthorBoxes(doc: Document, keep: (Element | null)[]): void {
  const boxes = new Set<Element>();
  for (const link of doc.querySelectorAll(AUTHOR_LINK)) {
    let box: Element | null = null;
    for (let up = link.parentElement, n = 0; up && up !== doc.body && n < 4; up = up.parentElement, n++) {
      if (!isShortAside(up, keep) || up.querySelector(PHOTO_BOX)) break;
      if (up.querySelector('img')) box = up;
    }
    if (box) boxes.add(box);
  }
  for (const box of boxes) if (box.isConnected) box.remove();
}
const PHOTO_BOX = 'figure, figcaption, [class*="caption" i]';

/** A short box with no paragraph of running text, holding neither the title nor the body. */
function isShortAside(box: Element, keep: (Element | null)[]): boolean {
  return !holdsAny(box, keep) && textShorterThan(box, AUTHOR_BOX_TEXT) && !holdsRunningText(box, undefined, 1);
}

/** Is the element's text shorter than `max` characters? (a walk that stops past `max`) */
function textShorterThan(el: Element, max: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    n += (t.textContent ?? '').trim().length;
    if (n >= max) return false;
  }
  return true;
}

/**
 * A pull quote repeats a sentence of the story beside it, in larger type ("« Les échanges… »" and
 * who said it): the sentence is read once, where the story has it (in a paragraph that is no
 * quote's: a hidden copy of the page repeats its quotes too).
 */
const QUOTES = 'blockquote, [class*="quote" i], [class*="exergue" i], [class*="citation" i]';
/** Where no sentence of the story stands: quotes, headlines, captions, side boxes, links. */
const NOT_STORY_TEXT = `${QUOTES}, h1, h2, h3, h4, h5, h6, figcaption, aside, nav, header, footer, a`;

export function removeRepeatedQuotes(doc: Document): void {
  // (a box named for its quote mark only, "<div><i class="fa fa-quote-left"></i> …</div>": the box)
  const quotes = new Set(
    [...doc.querySelectorAll(QUOTES)].map((q) => (!q.textContent?.trim() && q.parentElement) || q),
  );
  if (!quotes.size) return;
  // (the story's words outside every quote, in paragraphs or in a rich-text editor's lines parted
  // by <br>: not a headline that quotes it, a caption, a side box or a link's words)
  const outside: string[] = [];
  const body = doc.body;
  if (!body) return;
  const walker = doc.createTreeWalker(body, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode())
    if (!t.parentElement?.closest(NOT_STORY_TEXT)) outside.push(t.textContent ?? '');
  // (in lower case: a pull quote capitalises the words it lifts from mid-sentence)
  const story = squeeze(outside.join('')).toLowerCase();
  for (const q of quotes) {
    // (a quote of paragraphs is a story quoted whole, as a forum or an aggregator pastes one)
    if (!q.isConnected || holdsRunningText(q)) continue;
    // (its words without who said them: "« … » — Jorge Legañoa Alonso, président de Prensa Latina")
    const said = squeeze((q.querySelector('p') ?? q).textContent ?? '')
      .replace(/(?<=[»"”])\s*[—–-]\s*[^«»"“”]{3,160}$/, '')
      .replace(/^[«"“\s]+|[»"”\s]+$/g, '');
    if (said.length >= 30 && said.length <= 400 && story.includes(said.toLowerCase())) q.remove();
  }
}

/**
 * A story pasted whole in a quote (a forum's post, an aggregator's submission) and the poster's
 * words around it, which are not the story:
 * - right before it, what introduces it ("Article du Courrier du Vietnam (VNA) reproduit pour la
 *   discussion…", "Je recopie l'article de Vietnam+ :"): two short lines at most, each naming an
 *   article or a VNA outlet, or, on a copy, ending on a colon;
 * - at its head, the forum's label of the quote ("Citation", "Le 17/10/2024, X a écrit :");
 * - on a copy, after the source line that closes a quote holding the dispatch ("Hanoi (VNA) –"),
 *   the poster's own lines (a question, a comment): the story is all inside. (A VNA page or a blog
 *   that quotes a dispatch and goes on with its own story has no source line there.)
 */
export function removeQuoteFrames(doc: Document, copy: boolean): void {
  for (const q of doc.querySelectorAll('blockquote')) {
    if (!holdsRunningText(q)) continue;
    let s = q.previousElementSibling;
    for (let n = 0; s && n < 2; n++) {
      const before = s.previousElementSibling;
      const text = textOf(s);
      // (a line ending on a colon introduces a copy's quote; on a VNA page it is the story's own
      // words before a letter it quotes, "* Lettre de félicitations du roi du Cambodge :")
      const introduces = NAMES_SOURCE.test(text) || (copy && text.endsWith(':'));
      if (s.tagName !== 'P' || text.length > 300 || !introduces) break;
      s.remove();
      s = before;
    }
    const label = q.firstElementChild;
    if (label && label.tagName !== 'P' && QUOTE_LABEL.test(textOf(label))) label.remove();
    const paragraphs = [...q.querySelectorAll('p')];
    if (!copy || !paragraphs.some((p) => datelineOf(textOf(p)) !== null)) continue;
    // after the source line that closes the quote, or, with none, a line or two after a quote that
    // holds the whole story (three paragraphs of it at least: a blog quoting a dispatch's opening
    // goes on with the rest of it)
    const credit = q.nextElementSibling;
    const closed = !!credit && isSourceCredit(textOf(credit));
    const trailing: Element[] = [];
    for (let after = closed ? credit.nextElementSibling : q.nextElementSibling; after; after = after.nextElementSibling)
      if (after.tagName === 'P') trailing.push(after);
    const whole = paragraphs.filter((p) => textOf(p).length > 100).length >= 3 && trailing.length <= 2;
    if (closed || whole) for (const p of trailing) p.remove();
  }
}
/** A forum's label over a quote: "Citation", "Quote", "Le 17/10/2024 à 13:02, X a dit :". */
const QUOTE_LABEL = /^(?:citation|quote|cit\.)\s*:?$|^.{0,100}\b(?:a écrit|a dit|wrote|said)\s*:?$/i;
const NAMES_SOURCE = new RegExp(String.raw`\barticle\b|(?:^|[^\p{L}])(?:${VNA_OUTLET_NAMES})(?![\p{L}])`, 'iu');

/** The labels of a fact box beside a story: "Repères", "En bref", "À retenir", "Chiffres clés"… */
const FACT_BOX_LABEL =
  /^(?:repères|en bref|à retenir|a retenir|chiffres[- ]clés|l['’]essentiel|le saviez-vous\s*\??|fiche|encadré|les faits|en chiffres|chronologie|key facts)\s*:?$/i;

/**
 * A fact box ("Repères" over a list of short lines: dates, places, figures) sums the story up
 * beside it; it is not the story's running text. The box is the element the label opens (its
 * first words), holding nothing but short lines after it, never a dateline, and never the title
 * or the body's container. Read from the text nodes that say a label (linear).
 */
export function removeFactBoxes(doc: Document, keep: (Element | null)[]): void {
  const body = doc.body;
  if (!body) return;
  for (const table of doc.querySelectorAll('table'))
    if (isPropertyTable(table) && !holdsAny(table, keep)) table.remove();
  const labels: Element[] = [];
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.textContent ?? '';
    if (raw.length < 40 && n.parentElement && FACT_BOX_LABEL.test(squeeze(raw))) labels.push(n.parentElement);
  }
  for (const label of labels) {
    if (!label.isConnected) continue;
    const said = squeeze(label.textContent ?? '');
    // the label's own box ("<p><strong>Repères</strong></p>"), then the box it opens
    let head: Element = label;
    while (head.parentElement && squeeze(head.parentElement.textContent ?? '') === said) head = head.parentElement;
    const box = head.parentElement;
    if (!box || box === body || box.firstElementChild !== head || holdsAny(box, keep)) continue;
    const rest = [...box.children].filter((c) => c !== head);
    const lines = rest.flatMap((c) => (/^(?:UL|OL|DL)$/.test(c.tagName) ? [...c.children] : [c]));
    const texts = lines.map((l) => squeeze(l.textContent ?? ''));
    if (texts.length < 2 || texts.some((t) => t.length > 160 || datelineOf(t))) continue;
    // (the lines are all of the box: no text of the story between them)
    const all = squeeze(box.textContent ?? '').length;
    if (said.length + texts.reduce((n, t) => n + t.length + 1, 0) < all * 0.9) continue;
    box.remove();
  }
}

/**
 * A wiki's page properties or an infobox ("Pays | Vietnam", "Source | VietnamPlus", "Date de
 * parution | 06 nov. 2018"): a table whose every row is a label in a header cell and one short
 * value. It describes the page; the story is told in running text.
 */
function isPropertyTable(table: Element): boolean {
  const rows = ownRows(table);
  if (rows.length < 2 || table.querySelector('table')) return false;
  return rows.every((r) => {
    const cells = [...r.children].filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    return (
      cells.length === 2 &&
      cells[0]?.tagName === 'TH' &&
      cells[1]?.tagName === 'TD' &&
      cells.every((c) => squeeze(c.textContent ?? '').length <= 100)
    );
  });
}

/**
 * A table of data in the story (results, figures, a list of names: a row of header cells over
 * rows of short cells, no picture) is read a row a line, its cells apart: "Café · près de 1,7
 * million de tonnes · 3,5 milliards de dollars" (its text glued cell to cell was no sentence).
 */
export function dataTablesAsLines(story: Element, keep: (Element | null)[]): void {
  for (const table of [...story.querySelectorAll('table')]) {
    if (!isDataTable(table) || holdsAny(table, keep)) continue;
    const lines: Element[] = [];
    const caption = table.querySelector(':scope > caption');
    for (const text of [textOf(caption), ...ownRows(table).map(rowText)]) {
      if (!text) continue;
      const p = table.ownerDocument.createElement('p');
      p.textContent = text;
      lines.push(p);
    }
    table.replaceWith(...lines);
  }
}

function isDataTable(table: Element): boolean {
  // (a table of links is a list of stories or a menu)
  if (table.querySelector('table, img, picture, video') || linkTextLength(table) * 2 > textOf(table).length)
    return false;
  const rows = ownRows(table);
  const header = rows.findIndex((r) => [...r.children].filter((c) => c.tagName === 'TH').length >= 2);
  if (header < 0 || rows.length - header - 1 < 2) return false;
  return [...table.querySelectorAll('td, th')].every((c) => squeeze(c.textContent ?? '').length <= 100);
}

/** A table's own rows, not a nested table's. */
function ownRows(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table);
}

const rowText = (row: Element) =>
  [...row.children]
    .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
    .map((c) => squeeze(c.textContent ?? ''))
    .filter(Boolean)
    .join(' · ');

/** The most text an embedded player's box holds besides it: a title, a label, a duration. */
const PLAYER_BOX_TEXT = 200;

/**
 * An embedded player's box (an <iframe>, a <video>) and the short lines in it naming the video
 * ("Vidéo Tourisme au Vietnam : Festivals et culture vibrante", "02:47"): the video's title, not
 * a line of the story. Up from the player while its box holds no other player, no running text
 * and little text; never the title's or the body's box.
 */
export function removePlayerBoxes(doc: Document, keep: (Element | null)[]): void {
  for (const player of doc.querySelectorAll('iframe, video')) {
    if (!player.isConnected) continue;
    let box: Element | null = null;
    for (let up = player.parentElement; up && up !== doc.body; up = up.parentElement) {
      if (holdsAny(up, keep) || up.querySelectorAll('iframe, video').length > 1) break;
      const text = squeeze(up.textContent ?? '');
      if (text.length > PLAYER_BOX_TEXT || holdsRunningText(up, undefined, 1) || datelineOf(text)) break;
      // (a paragraph that holds a player holds a line of the story: "Voici la déclaration… :")
      if (up.tagName === 'P' && hasLetter(text)) break;
      box = up;
    }
    // (a title, not a sentence: "Carte : la trajectoire du typhon Yagi." says what it shows)
    const said = squeeze(box?.textContent ?? '');
    if (box && hasLetter(said) && !/[.:!?…]$/.test(said)) box.remove();
  }
}

/** An end note's longest line: a sentence or two about the publication, not a paragraph of the story. */
const END_NOTE_LINE = 250;
/** An end note speaks of the publication itself: the article, the letter, its source or rights. */
const END_NOTE_WORDS =
  /\b(?:articles?|publi\w*|paru\w*|lettre|newsletter|r[ée]daction|abonn\w*|tradu\w*|reproduction|droits|copyright)\b|©/i;

/**
 * The publisher's note set off by a rule at the story's end, in italics ("<hr><p><em>La lettre de
 * VietnamPlus reprend chaque jour une sélection d'articles…</em></p>", "Cet article est paru
 * dans…"): after the last rule of its box, one or two short lines, wholly emphasised, speaking of
 * the publication, after running text. An interview's questions or a letter set in italics after a
 * rule are the story's. Each rule looks at two lines at most (a live blog holds thousands of rules).
 */
export function removeEndNotes(doc: Document): void {
  // (notes marked as such, with the digital publishing roles Pandoc, Quarto and EPUB tools write:
  // a copy's footnotes and the markers that call them are the copier's, not the story's)
  for (const el of doc.querySelectorAll(MARKED_NOTES)) el.remove();
  for (const hr of doc.querySelectorAll('hr')) {
    let rule: Element = hr;
    while (rule.parentElement && rule.parentElement !== doc.body && holdsOnly(rule.parentElement, rule))
      rule = rule.parentElement;
    const before = rule.previousElementSibling;
    if (!before) continue;
    // (the lines with words after the rule, up to a third: then it is no note)
    const notes: Element[] = [];
    for (let s = rule.nextElementSibling; s; s = s.nextElementSibling)
      if (hasLetter(s.textContent ?? '') && notes.push(s) > 2) break;
    if (notes.length === 0 || notes.length > 2 || !notes.every(isEndNoteLine)) continue;
    if (squeeze(before.textContent ?? '').length < 80) continue;
    for (const el of notes) el.remove();
  }
}

/**
 * A copy's own notes after the story (a wiki's, a blog's, an association's): a heading or a box's
 * label that names notes ("Notes du séminaire", "NOTE DE VEILLE", "Remarques") with what it opens,
 * or a line that signs its note ("Note de l'association : …"). Only past the story's dateline (its
 * title when it has none), and never a box that holds it or the title and body kept.
 */
export function removeCopiersNotes(doc: Document, titleEl: Element | null, keep: (Element | null)[]): void {
  const body = doc.body;
  if (!body) return;
  const paragraphs = [...body.querySelectorAll('p')];
  // (the story starts at its dateline, or, with none, at its title)
  const dateline = paragraphs.find((p) => datelineOf(squeeze(p.textContent ?? '')) !== null);
  const start = dateline ?? titleEl;
  if (!start) return;
  const after = (el: Element) => !!(start.compareDocumentPosition(el) & FOLLOWING) && !start.contains(el);
  const spares = (el: Element) => !keep.some((k) => k && (el.contains(k) || k.contains(el))) && !el.contains(start);
  // (the story's running text, not a reader's comment under it: a note comes after the last of it)
  const running = paragraphs.filter((p) => squeeze(p.textContent ?? '').length > 100 && !inCommentBox(p));
  const last = (els: Element[]) => !running.some((p) => followsAll(els, p));
  for (const el of body.querySelectorAll('h2, h3, h4, h5, h6, p, div')) {
    if (!el.isConnected || !after(el)) continue;
    const text = squeeze(el.textContent ?? '');
    if (/^(?:P|DIV)$/.test(el.tagName) && SIGNED_NOTE.test(text) && !el.querySelector('p, div') && spares(el)) {
      if (last([el])) el.remove();
      continue;
    }
    if (text.length > 60 || !NOTES_LABEL.test(text) || el.querySelector('p, div, h2, h3, h4, h5, h6')) continue;
    if (/^H\d$/.test(el.tagName)) {
      // the heading and its section: up to the next heading of its rank or above
      const rank = Number(el.tagName[1]);
      const section = [el];
      for (
        let s = el.nextElementSibling;
        s && !(/^H\d$/.test(s.tagName) && Number(s.tagName[1]) <= rank);
        s = s.nextElementSibling
      )
        section.push(s);
      if (section.every(spares) && last(section)) for (const s of section) s.remove();
    } else {
      // a box's label, its first line: the box
      const box = el.parentElement;
      if (box && box !== body && box.firstElementChild === el && spares(box) && last([box])) box.remove();
    }
  }
}

/** Does p come after every element of els in the page? */
function followsAll(els: Element[], p: Element): boolean {
  return els.every((el) => !!(el.compareDocumentPosition(p) & FOLLOWING) && !el.contains(p));
}
/**
 * A label that names notes, bare or of one lower-case word saying whose they are, the copier's:
 * "Remarques", "Nos commentaires", "Notes du séminaire", "NOTE DE VEILLE"; not a story's
 * crosshead, "Remarques du FMI sur l'inflation".
 */
const NOTES_LABEL =
  /^(?:(?:petites?|nos|mes)\s+)?(?:[Nn]otes?|[Rr]emarques?|[Cc]ommentaires?|NOTES?|REMARQUES?|COMMENTAIRES?)(?:\s+(?:de|du|des|d['’]|DE|DU|DES|D['’])\s*(?:l['’]|la\s+|le\s+)?[\p{Ll}A-ZÉ]+)?\s*:?$/u;
/** A line that signs its note, its signer in lower case: "Note de l'association : …", "Remarque du traducteur : …". */
const SIGNED_NOTE =
  /^(?=.{0,400}$)(?:[Nn]ote|[Rr]emarque|[Cc]ommentaire)\s+(?:de|du|des|d['’])\s*(?:l['’]|la\s+|le\s+)?\p{Ll}[\p{Ll}'’ -]{0,30}\s*:\s*\S/u;

const MARKED_NOTES = ['doc-noteref', 'doc-endnotes', 'doc-footnote', 'doc-bibliography']
  .map((r) => `[role~="${r}"]`)
  .join(', ');

/** Is child the parent's only content (no other element, no text)? Cheap: never the parent's whole text. */
function holdsOnly(parent: Element, child: Element): boolean {
  if (parent.childElementCount !== 1) return false;
  for (const n of parent.childNodes) if (n !== child && n.nodeType === 3 && (n.textContent ?? '').trim()) return false;
  return true;
}

/** A short line all in italics (or small print), of the publication, not a quote or a question. */
function isEndNoteLine(el: Element): boolean {
  const text = squeeze(el.textContent ?? '');
  if (text.length > END_NOTE_LINE || el.querySelector('p, div, ul, ol, table')) return false;
  if (/^[«"“]/.test(text) || /\?\s*[»"”]?$/.test(text) || !END_NOTE_WORDS.test(text)) return false;
  let outside = text.length;
  for (const em of el.querySelectorAll('em, i, small'))
    if (!em.parentElement?.closest('em, i, small')) outside -= squeeze(em.textContent ?? '').length;
  return el.matches('em, i, small') || outside <= 2;
}
