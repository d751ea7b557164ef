// Page furniture: the lines a copy from a news site brings along that are no part of the report
// (the site's navigation and a kicker above the headline, a byline with its time stamp, a photo
// credit and its caption, "Lesen Sie auch: …", share buttons, "Anzeige", a correction note, an
// agency's trailer), the dateline that opens a lede ("BERLIN (dpa) –") and the stamps that open a
// live blog's entries ("14.35 Uhr: …"). Left in, each became a sentence no other outlet has, or a
// section heading, and a dateline's place name was read as a label ("Moskau/Washington –" against
// another outlet's "Russland"). Only whole short lines are left out, by their shape, and the
// article keeps a list of them, so a reader can see what was not compared.
import type { Block, Furniture, FurnitureKind, Span } from '../model.js';
import { englishMonths, germanMonths } from '../months.js';

/** Longer lines are text, whatever they start with. */
const maxFurnitureChars = 160;

/** Blocks that are page furniture taken out, each with its kind. */
export function withoutFurniture(
  body: string,
  blocks: Block[],
  /** A block's words as a reader sees them (Markdown: without its markup). */
  wordsOf: (raw: string) => string = (raw) => raw,
): { blocks: Block[]; furniture: Furniture[] } {
  const kept: Block[] = [];
  const furniture: Furniture[] = [];
  for (const block of blocks) {
    const kind = block.furniture ?? (block.kind === 'quote' || block.kind === 'list-item' ? null : furnitureKind(wordsOf(body.slice(block.start, block.end))));
    if (kind === null) {
      kept.push(block);
      continue;
    }
    // A caption stands on the line right above its credit ("Firefighters outside the plant.",
    // then "(Photo by …/Getty Images)"): a short line with only a line break between is one with it.
    const text = body.slice(block.start, block.end).trim();
    const above = kept[kept.length - 1];
    // The title is never the line a piece of furniture takes along.
    if (above !== undefined && kept.length > 1 && belongsAbove(kind, body, above, block, text, kept.length)) {
      kept.pop();
      furniture.push({ kind, text: body.slice(above.start, above.end).trim(), start: above.start, end: above.end });
    }
    furniture.push({ kind, text, start: block.start, end: block.end });
  }
  return withoutAuthorNote(body, kept, furniture);
}

/**
 * Whether the line above a piece of furniture goes with it: a caption above its credit, a byline's
 * names above its time stamp ("Helen Pritchard in Velmouth", then "Tue 3 Mar 2026 14.35 GMT"), an
 * embedded post's account above its handle ("Velmouth Coastguard", then "@VelmouthCG"). `place`:
 * the line above is the `place`-th block kept (a byline stands near the top).
 */
function belongsAbove(kind: FurnitureKind, body: string, above: Block, block: Block, text: string, place: number): boolean {
  if (kind === 'credit') return above.kind !== 'heading' && isCaptionOf(body, above, block);
  const aboveText = body.slice(above.start, above.end).trim();
  if (kind === 'byline') return place <= bylineReach && isTimestamp(text) && isNameLine(aboveText, true);
  if (kind === 'embed') return handleLine.test(text) && isNameLine(aboveText, false);
  return false;
}

/** A byline stands under the headline: further down, a short line above a time stamp is a live blog's heading. */
const bylineReach = 6;

/**
 * A line of names, no sentence: "Helen Pritchard", "Anna Berger und Jonas Wild", with `place` also
 * "Helen Pritchard in Velmouth"; for an account, any two to five capitalised words ("Velmouth
 * Coastguard"). A byline's names are groups of two or three words, so a title-cased heading of more
 * is none.
 */
function isNameLine(line: string, place: boolean): boolean {
  if (line.length > 80 || /[.!?:;"“”„»«]$/.test(line)) return false;
  const [names, where] = place ? line.split(/\s+(?:in|aus)\s+(?=\p{Lu})/u, 2) : [line, undefined];
  if (where !== undefined && !/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(where)) return false;
  const capitalised = (w: string) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
  if (!place) {
    const words = names!.split(/\s+/);
    return words.length >= 1 && words.length <= 5 && words.every(capitalised);
  }
  const groups = names!.split(/\s*(?:,|&|\band\b|\bund\b)\s*/u).filter(Boolean);
  return groups.length >= 1 && groups.length <= 3 && groups.every((g) => {
    const words = g.split(/\s+/);
    return words.length >= 2 && words.length <= 3 && words.every(capitalised);
  });
}

// An embedded post's frame, line by line: "@VelmouthCG", "·", "Follow", "7:42 AM · Mar 3, 2026".
const handle = '@[A-Za-z0-9_]{1,30}';
const handleLine = new RegExp(`^${handle}$`);
const postFrame = new RegExp(
  String.raw`^(?:${handle}|[·•]|follow|folgen|view on (?:x|twitter|instagram|threads|bluesky)|auf (?:x|instagram|threads|bluesky) ansehen|\d{1,2}:\d{2}\s?(?:am|pm)?\s·\s(?:\p{L}{3,9}\.?\s\d{1,2},\s\d{4}|\d{1,2}\.\s?\p{L}{3,9}\.?\s\d{4}))$`,
  'iu',
);

/**
 * "Helen Pritchard is the Guardian's south-west correspondent", "Anna Berger ist Redakteurin im
 * Lokalressort": a note about the writer among the article's last lines, a name and a job.
 */
const writerName = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})`;
const authorNote = new RegExp(
  String.raw`^${writerName}\s(?:is|was|ist|war)\s(?:(?:a|an|the|der|die|eine?)\s)?[^.!?]{0,80}?(?:\b(?:correspondent|editor|reporter|writer|journalist|columnist|commentator)|\b(?:Korrespondent|Redakteur|Reporter|Autor|Journalist|Kolumnist|Ressortleiter)(?:in)?)\b[^.!?]{0,80}\.?$`,
  'u',
);
// "Jana Roth schreibt seit 2019 für die Lokalredaktion …", "Sam Ortiz covers transport for the Herald.": the other common form.
const authorWritesFor = new RegExp(
  String.raw`^${writerName}\s(?:schreibt|berichtet|arbeitet|covers|writes|reports)\s[^.!?]{0,80}\b(?:für|for)\s(?:die\s|das\s|den\s|the\s)?\p{Lu}[^.!?]{0,80}\.?$`,
  'u',
);
/** How far from the end a note about the author stands: after it only sign-offs and topic lists. */
const authorNoteReach = 4;

/**
 * The note about the author moved to the furniture. A story about a journalist ("… is a reporter
 * for …") names its subject elsewhere in the text too; an author's name stands only in the byline.
 */
function withoutAuthorNote(body: string, blocks: Block[], furniture: Furniture[]): { blocks: Block[]; furniture: Furniture[] } {
  const textOf = (b: Block) => body.slice(b.start, b.end).trim();
  const notes = new Set<number>();
  for (let at = Math.max(1, blocks.length - authorNoteReach); at < blocks.length; at++) {
    const text = textOf(blocks[at]!);
    const name = text.length <= 200 ? (authorNote.exec(text) ?? authorWritesFor.exec(text))?.[1] : undefined;
    if (name !== undefined && !blocks.some((b, i) => i !== at && !notes.has(i) && textOf(b).includes(name))) notes.add(at);
  }
  if (notes.size === 0) return { blocks, furniture };
  const found = [...notes].map((at): Furniture => ({ kind: 'author', text: textOf(blocks[at]!), start: blocks[at]!.start, end: blocks[at]!.end }));
  return { blocks: blocks.filter((_, i) => !notes.has(i)), furniture: inBodyOrder(furniture, found) };
}

/** A line that opens a list of topic links without a colon ("Explore more on these topics", then one topic per line). */
export const opensTopicList = (line: string): boolean => topicListHead.test(line.trim().toLowerCase());
const topicListHead = /^(?:explore more on these topics|more on this story|more on this topic|suggested topics|related topics|themen|topics|tags|schlagworte|mehr zum thema):?$/u;

function isCaptionOf(body: string, caption: Block, credit: Block): boolean {
  const between = body.slice(caption.end, credit.start);
  const text = body.slice(caption.start, caption.end);
  return (
    /^[ \t]*\n[ \t]*$/.test(between) &&
    isBareCredit(body.slice(credit.start, credit.end)) &&
    !text.includes('\n') &&
    text.length <= 200 &&
    !/["“”„»«]/.test(text) &&
    !/^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]/.test(text)
  );
}

/** A credit on its own ("(Foto: …)", "REUTERS/…"), not a caption that ends in one: only it has a caption above. */
export function isBareCredit(raw: string): boolean {
  const line = raw.trim().replace(/^[*_]+|[*_]+$/g, '').trim();
  return (credit.test(line.toLowerCase()) || line.startsWith('©')) && !captionCredit.test(line.replace(/^\(/, 'x '));
}

/**
 * Kickers and section labels above the headline ("Regional", "Ukraine-Krieg", "**EXKLUSIV**", then
 * the headline, then the text): blocks of one to three words before a heading of four or more
 * that opens the text. One is a kicker; several are the site's navigation.
 */
export function withoutKickers(body: string, blocks: Block[], furniture: Furniture[]): { blocks: Block[]; furniture: Furniture[] } {
  const words = (b: Block) => body.slice(b.start, b.end).trim().split(/\s+/).length;
  let head = 0;
  while (head < blocks.length && words(blocks[head]!) <= 3 && blocks[head]!.end - blocks[head]!.start <= 40) head++;
  const headline = blocks[head];
  if (head === 0 || headline?.kind !== 'heading' || words(headline) < 4 || !blocks[head + 1]) return { blocks, furniture };
  const labels = blocks.slice(0, head).map((b): Furniture => ({ kind: head === 1 ? 'kicker' : 'navigation', text: body.slice(b.start, b.end).trim(), start: b.start, end: b.end }));
  return { blocks: blocks.slice(head), furniture: inBodyOrder(furniture, labels) };
}

/** The furniture found so far and the pieces found now, in body order. */
const inBodyOrder = (furniture: Furniture[], added: Furniture[]): Furniture[] => [...furniture, ...added].sort((x, y) => x.start - y.start);

/** A dateline's or a time stamp's own words, without the dash or colon that led into the text. */
function leadIn(kind: FurnitureKind, body: string, span: Span): Furniture {
  const text = body.slice(span.start, span.end).trim().replace(/\s*[-–—:]$/, '');
  return { kind, text, start: span.start, end: span.start + text.length };
}

/** What kind of page furniture a line is, or null for a line of the report. */
export function furnitureKind(raw: string): FurnitureKind | null {
  // Markdown emphasis around a caption ("*Foto: dpa*") does not make it text.
  const line = raw.trim().replace(/^[*_]+|[*_]+$/g, '').trim();
  // A correction or an editor's note is about the article, not the event: a paragraph of its own.
  // (The note's opening words decide: its first 200 characters, not every paragraph lowercased whole.)
  if (line.length <= 600 && correctionNote.test(line.slice(0, 200).replace(/\s+/g, ' ').toLowerCase())) return 'correction';
  if (!line || line.includes('\n') || line.length > maxFurnitureChars) return null;
  const lower = line.toLowerCase();
  if (credit.test(lower) || captionCredit.test(line) || (line.includes('©') && line.length <= 120)) return 'credit';
  if (advertisement.has(lower.replace(/^[-–—[(\s]+|[-–—\])\s:.]+$/g, ''))) return 'advertisement';
  if (subscriptionPrompt.test(lower) && line.length <= 100) return 'advertisement';
  if (relatedLink.test(lower) && !/\.$/.test(line)) return 'link';
  // "Mehr Nachrichten aus der Region finden Sie hier.", "For all our coverage, click here.": a pointer to a link.
  if (line.length <= 120 && /(?:finden sie|lesen sie|gibt es|click|tap) (?:hier|here)\.?$/.test(lower)) return 'link';
  // A link a screen reader announces: "Our Standards: The Trust Principles., opens new tab".
  if (/, opens (?:in )?(?:a )?new (?:tab|window)$/.test(lower)) return 'link';
  if (isShareBar(lower) || pageTool.test(lower)) return 'share';
  if (postFrame.test(line)) return 'embed';
  if (kickers.has(lower.replace(/[:!]+$/, ''))) return 'kicker';
  if (skipLink.test(lower) || isBreadcrumb(line) || tagList.test(lower) || isFooter(lower) || opensTopicList(lower)) return 'navigation';
  if (isByline(line) || isTimestamp(line) || readingTime.test(lower) || isPublicationNote(lower)) return 'byline';
  if (agencyTrailer.test(lower)) return 'agency';
  if (datelineLine.test(line)) return 'dateline';
  return null;
}

// A caption or credit names its source after a colon: "Foto: picture alliance / dpa", "Photo: Getty".
const credit =
  /^\(?(?:fotos?|bild(?:er)?|bildunterschrift|bildtext|grafik|illustration|video|quelle|photos?|picture|images?|captions?|credits?|source|copyright|\(c\))\s*:|^(?:©|\(c\)\s|copyright\s)|^\(?(?:photo|photograph|picture|image|foto|bild)s? (?:by|von)\s|^\(?(?:reuters|ap photo|ap|afp|dpa|imago(?: images)?|getty images|picture alliance|epa|keystone)\s?\/\s?\S/u;

// A caption that ends in its credit: "Protesters outside the town hall. Photograph: Jane Doe/Reuters".
const captionCredit =
  /(?:^|[.!?)]\s)(?:\(?(?:Photograph|Photo|Foto|Bild|Credit|Image|Picture|Fotos|Photos)s?:\s*[^.:()]{1,60}\)?|\((?:Photograph|Photo|Foto|Bild|Image|Picture)s? (?:by|von) [^()]{1,60}\))$/u;

// Words that stand alone on a line to mark an advertisement (lowercase, without brackets).
const advertisement = new Set([
  'anzeige', 'werbung', 'advertisement', 'advertising', 'sponsored', 'gesponsert', 'promotion',
  'anzeige – scrollen sie weiter', 'weiter nach der anzeige', 'artikel wird nach der anzeige fortgesetzt',
  'story continues below advertisement', 'article continues below', 'continue reading below', 'advertisement - scroll to continue', 'advertisement · scroll to continue', 'report this ad',
]);

// "Korrektur: In einer früheren Version …", "Correction: An earlier version of this story …".
const correctionNote =
  /^(?:korrektur|richtigstellung|correction|clarification|anmerkung der redaktion|hinweis der redaktion|transparenzhinweis|editor[’']s note)\s*:|^(?:this (?:article|story) (?:was|has been) (?:amended|updated|corrected)|an earlier version of this (?:article|story)|in einer früheren version dieses (?:artikels|textes|beitrags))/u;

// A prompt to subscribe or sign up, in the middle of a copied article.
const subscriptionPrompt =
  /^(?:jetzt (?:abonnieren|weiterlesen|registrieren|kostenlos testen)|sign up here\.?$|abonnieren sie\b|newsletter(?:$|\s*:)|subscribe (?:now|today|to (?:continue|read|our))|sign up (?:for|to)\b|already a subscriber|bereits abonnent)/u;

// A link to another article, alone or before that article's headline after a colon.
const relatedLink =
  /^(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|weitere artikel|weiterlesen|zum thema|siehe auch|read more|read also|see also|related(?: articles?| stories| coverage| content)?|more on this(?: story)?|recommended|most read|meistgelesen)\s*(?::|$)/u;

// The buttons of a share bar, read as words.
const shareWords = new Set([
  'teilen', 'twittern', 'tweet', 'tweeten', 'e-mail', 'email', 'mail', 'drucken', 'print', 'kommentare', 'kommentieren',
  'comments', 'comment', 'share', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'telegram', 'flipboard',
  'messenger', 'reddit', 'xing', 'copy', 'link', 'kopieren', 'merken', 'speichern', 'save', 'vorlesen', 'listen',
  'this', 'article', 'artikel', 'story', 'diesen', 'on', 'via', 'x', 'reuse', 'content', 'republish',
]);
const actionWords = new Set(['e-mail', 'email', 'teilen', 'twittern', 'tweet', 'tweeten', 'share', 'drucken', 'print', 'merken', 'speichern', 'save', 'kommentare', 'comments', 'facebook', 'whatsapp', 'linkedin']);
/** A line only of share-bar words ("X", "Link"): a button when it stands under other buttons. */
export function isShareWords(line: string): boolean {
  const words = barWords(line.toLowerCase());
  return words.length >= 1 && words.length <= 4 && words.every((w) => shareWords.has(w));
}
function isShareBar(lower: string): boolean {
  // "Kommentare (37)", "142 Comments": a count beside a button is part of it.
  const words = barWords(lower.replace(/\(\d+\)|\b\d+\b/g, ' '));
  return words.length <= 12 && words.every((w) => shareWords.has(w)) && words.some((w) => actionWords.has(w));
}
/** A bar's words, split at spaces and the separators sites set between buttons. */
const barWords = (lower: string): string[] => lower.split(/[\s|·•/,]+/).filter(Boolean);

// A reader's tools beside the share buttons: read aloud, bookmark, gift, copy the link, text size.
const pageTool = new RegExp(
  '^(?:' +
    [
      String.raw`listen to this article|listen \(\d+ min\)|artikel (?:vor)?lesen lassen|(?:diesen )?artikel anhören|audio: [\p{L} ]{0,30}anhören|hören sie diesen artikel`,
      'zur merkliste hinzufügen|auf die merkliste|copy link|link kopieren|gift this article|share full article|save article|save for later',
      'artikel verschenken|artikel teilen|schriftgröße|text size|purchase licensing rights|nutzungsrechte erwerben',
      // An image's and a live blog's controls.
      'view image in fullscreen|enlarge (?:this )?image|bild vergrößern|zur bildergalerie|galerie öffnen|show key events only|key events|please turn on javascript to use this feature',
      // A media player's label ("Audio: 2 Min") and a comment section's buttons.
      String.raw`(?:audio|video|podcast):?\s*\d+(?::\d{2})?\s*min(?:\.|uten)?`,
      'anmelden|einloggen|log in|sign in|mehr anzeigen|show more|load more|weitere kommentare|alle kommentare(?: anzeigen)?|kommentar schreiben|view comments',
    ].join('|') +
    ')$',
  'u',
);

// Labels a site sets above a headline or on a line of their own: the kind of piece, not its words.
const kickers = new Set([
  'exklusiv', 'exclusive', 'breaking', 'breaking news', 'eilmeldung', 'eil', 'live', 'liveblog', 'newsblog', 'live-ticker',
  'liveticker', 'ticker', 'analyse', 'analysis', 'kommentar', 'meinung', 'opinion', 'interview', 'hintergrund', 'faktencheck',
  'fact check', 'update', 'plus', 'premium', 'exclusive report', 'explainer', 'erklärstück',
]);
// A skip link or a site's own navigation words.
const skipLink = /^(?:zum inhalt springen|zur navigation springen|direkt zum inhalt|skip to (?:main )?(?:content|navigation)|zur startseite|back to top|nach oben|menü|menu|startseite)$/u;
// A footer's links: "Impressum Datenschutz AGB Kontakt", "Privacy | Terms | Contact us".
const footerWords = new Set([
  'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'kontakt', 'cookies', 'cookie-einstellungen', 'barrierefreiheit',
  'karriere', 'mediadaten', 'nutzungsbedingungen', 'privacy', 'policy', 'terms', 'of', 'use', 'service', 'contact', 'us', 'about',
  'careers', 'advertise', 'accessibility', 'sitemap', 'hilfe', 'help', 'faq', 'abo', 'newsletter',
]);
function isFooter(lower: string): boolean {
  const words = lower.split(/[\s|·•/,&]+/).filter(Boolean);
  return words.length >= 3 && words.every((w) => footerWords.has(w));
}
// "Startseite › Politik › Ausland", "Home / News / World", "Zum Inhalt springen Startseite Politik Ausland".
function isBreadcrumb(line: string): boolean {
  if (/[.!?]$/.test(line)) return false;
  const segments = line.split(/\s+[›»>|/]\s+/);
  if (segments.length >= 3 && segments.every((s) => s.split(/\s+/).length <= 4)) return true;
  // "US news › Ohio": the angle quotes of a breadcrumb stand in no sentence.
  if (segments.length === 2 && /\s[›»]\s/.test(line) && segments.every((s) => s.split(/\s+/).length <= 3)) return true;
  // Without its separators only German "Startseite" starts one: "Home Secretary …" is a headline.
  return /^(?:zum inhalt springen\s+)?startseite\s/iu.test(line) && line.split(/\s+/).length <= 10 && line.split(/\s+/).slice(1).every((w) => /^\p{Lu}/u.test(w) || /^[›»>|/&-]$/.test(w));
}
// "Themen: Ukraine, Russland", "Tags: …": a list of topic links.
const tagList = /^(?:themen|schlagworte|schlagwörter|tags|topics|mehr zu|more on|explore more on these topics|more on this (?:topic|story))\s*:\s*\S/u;

// "Von Anna Berger", "By Sam Ortiz and Lee Park, Reuters": a name, a few words, nothing else.
const nameWord = /^(?:\p{Lu}[\p{L}'’.-]*|und|and|&|van|von|de|der|la|le|du|di)$/u;
function isByline(line: string): boolean {
  const m = /^(?:von|by|(?:ein|eine) (?:interview|kommentar|analyse|reportage|gastbeitrag) von|an? (?:interview|analysis|opinion piece) by)\s+(.+)$/iu.exec(line);
  if (!m) return false;
  // "Von Anna Berger · 02.12.2026, 07.00 Uhr": the names, then perhaps a time stamp after a separator,
  // or right after the names ("Von Anna Berger 02.12.2026, 06:10 Uhr": a page's spans side by side).
  const [names, stamp] = m[1]!.split(/\s+[|·•]\s+/, 2);
  if (stamp !== undefined) return isTimestamp(stamp) && areNames(names!);
  if (areNames(names!)) return true;
  const stampAt = names!.search(/\s\d/);
  return stampAt > 0 && areNames(names!.slice(0, stampAt)) && isTimestamp(names!.slice(stampAt + 1));
}

function areNames(text: string): boolean {
  const words = text.replace(/[,]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 8 && words.every((w) => nameWord.test(w)) && /^\p{Lu}/u.test(words[0]!);
}

// Full names, and the short forms of time stamps ("Dec. 1, 2026", "1. Dez. 2026").
const months = [...germanMonths, ...englishMonths, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez'].join('|');
// A date as a time stamp writes it: "01.12.2026", "1. Dezember 2026", "1 Dec 2026", "Dec. 1, 2026".
const calendarDate = String.raw`\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s(?:${months})\.?\s\d{4}|(?:${months})\.?\s\d{1,2},?\s\d{4}`;
const stamped = new RegExp(
  `^(?:(?:stand|aktualisiert|zuletzt aktualisiert|zuletzt geändert|veröffentlicht|erstellt|updated|last updated|last modified|published|posted)\\b:?\\s*(?:am|on|at)?\\s*)?` +
    `(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?,?\\s*)?` +
    `(?:${calendarDate}|\\d{4}-\\d{2}-\\d{2}|\\d+\\s(?:minutes?|hours?|days?|minuten|stunden|tagen?)\\s(?:ago|her)|vor\\s\\d+\\s(?:minuten|stunden|tagen))`,
  'iu',
);
// "Published 6:42 a.m. ET Dec. 1, 2026", "Updated 8:57 AM EST, Tue December 1, 2026": a prefix, then the time before the date.
const weekday = String.raw`(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?`;
const timeFirst = new RegExp(
  String.raw`^(?:updated|last updated|published|posted|aktualisiert|veröffentlicht)\b:?\s*(?:am|on|at)?\s*\d{1,2}[:.]\d{2}\s?(?:uhr|am|pm|a\.m\.|p\.m\.)?\s?(?:[A-Z]{2,4},?\s)?(?:${weekday}\s)?(?:${calendarDate})`,
  'iu',
);
const timeOfDay = /^[\s,|·•–-]*(?:um\s|at\s)?\d{1,2}[:.]\d{2}(?:\s?(?:uhr|am|pm|a\.m\.|p\.m\.|gmt|utc|mez|mesz|cet|cest|bst|et))?(?:\s?(?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?)?/iu;

/** A line that is a time stamp, perhaps with a byline: "01.12.2026, 14:35 Uhr | Von Anna Berger". */
function isTimestamp(line: string): boolean {
  const first = timeFirst.exec(line);
  if (first && /^[\s,|·•–-]*(?:$|\||(?:updated|aktualisiert)\b)/iu.test(line.slice(first[0].length))) return true;
  const m = stamped.exec(line);
  if (!m) return false;
  let rest = line.slice(m[0].length);
  const time = timeOfDay.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  rest = rest.replace(/^[\s,|·•–-]+/, '');
  if (!rest) return true;
  // A date that opens a line with a word after it ("Am 1. Dezember 2026 brach …") is a sentence,
  // unless what follows is a byline or a short source ("| dpa").
  // "… 6:12 PM GMT+1Updated 2 hours ago": a second stamp glued to the first.
  return /^[|·•]/.test(line.slice(m[0].length).trim()) || isByline(rest) || isTimestamp(rest) || (time !== null && rest.split(/\s+/).length <= 3 && !/[.!?]$/.test(rest));
}

// When and where the piece ran: "Dieser Artikel wurde ausgespielt am … im Programm NDR Info",
// "Über dieses Thema berichtete …", "This article was first published on …".
const publicationNote =
  /^(?:dieser (?:artikel|beitrag|text) (?:wurde|ist) (?:zuerst |erstmals )?(?:ausgespielt|veröffentlicht|erschienen)|über dieses thema berichtete|this (?:article|story) (?:was )?(?:first |originally )?(?:published|appeared))\b/u;

/** A publication note names its date: "Über dieses Thema berichtete die Zeitung schon 2019." is a sentence. */
const isPublicationNote = (lower: string): boolean => publicationNote.test(lower) && namesADate.test(lower);
const namesADate = new RegExp(calendarDate, 'iu');

const readingTime = /^(?:lesezeit:?\s*\d+\s*min(?:\.|uten)?|\d+\s*min(?:\.|uten)?\s*lesezeit|\d+\s*min(?:ute)?s?\s*read)$/u;

// An agency's code or trailer: "dpa:261201-99-123456/3", "(dpa)", "Reporting by …; Editing by …".
const agencyTrailer = /^(?:mit (?:agentur)?material (?:von|der (?:nachrichten)?agenturen?)\s+[\p{L}/, -]{2,40}|mit agenturmaterial|the associated press contributed( to this report)?\.?|(?:the )?associated press|\(?(?:dpa|afp|ap|reuters|kna|epd|dts|apa|sda|ots|ddp)(?:[/-][\p{L}]+)*\)?|dpa:\s?\d[\d/-]*|\(?(?:additional )?(?:reporting|writing|editing) by\b.*)$/u;

// ---------------------------------------------------------------------------------------------
// Datelines
// ---------------------------------------------------------------------------------------------

const place = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ /-]\p{Lu}[\p{L}'’.-]*){0,3}`;
// The agencies whose name in brackets marks a dateline (a party's or a firm's would not), as
// they are written: lower case, capitals or capitalised ("dpa", "AFP", "Reuters").
const agencyNames = ['dpa', 'afp', 'ap', 'reuters', 'kna', 'epd', 'dts', 'apa', 'sda', 'keystone-sda', 'anp', 'belga', 'pa', 'xinhua', 'ansa', 'efe', 'tass', 'interfax', 'bloomberg', 'sid', 'ots', 'ddp', 'rtr', 'dpa-afx', 'agenturen', 'red'];
const writtenAgencies = agencyNames.flatMap((n) => [n, n.toUpperCase(), n[0]!.toUpperCase() + n.slice(1)]);
const agency = String.raw`(?:${writtenAgencies.join('|')})(?:[/-]\p{L}{2,8}){0,2}`;
// "BERLIN (dpa)", "Moskau/Washington (AFP)", "LONDON, Dec 1 (Reuters)", "KYIV, Ukraine (AP)", then perhaps a dash.
const agencyHead = String.raw`^${place}(?:,\s?[\p{L}\d. ]{1,24})?\s?\(${agency}\)\s*[-–—:]?`;
// Opening the lede: "BERLIN (dpa) - Die …".
const agencyDateline = new RegExp(String.raw`${agencyHead}\s+(?=\S)`, 'u');
// On a line of its own, above the lede.
const datelineLine = new RegExp(String.raw`${agencyHead}$`, 'u');
// "Moskau/Washington – Der Kreml …", "WASHINGTON — The …": a place in capitals, or one word or
// words joined by slashes (not "Die Opposition – CDU und FDP – …"), a dash, then a capital.
const dashPlace = String.raw`(?:\p{Lu}{2,}(?:[ /-]\p{Lu}{2,}){0,2}|\p{Lu}\p{Ll}+(?:/\p{Lu}\p{Ll}+)*)`;
// A place in ordinary case needs its region and a long dash: "Port Kelby, Ohio —", "Hamburg, 1. Dezember 2026 –".
const regionDateline = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2},\s?(?:\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?|\d{1,2}\.\s?\p{Lu}\p{Ll}+\s\d{4}|\p{Lu}\p{Ll}{2}\.?\s\d{1,2}(?:,\s\d{4})?)\s[–—]\s(?=["„“»]?\p{Lu})`, 'u');
const dashDateline = new RegExp(String.raw`^${dashPlace}(?:,\s?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?\s[–—-]\s(?=["„“»]?\p{Lu})`, 'u');

// "Hamburg. Die Stadtwerke …": a German regional paper's dateline, one place and a full stop. Not
// an answer or an exclamation that opens a text ("Nein. Die …", "Endlich. Der …").
const periodDateline = /^\p{Lu}\p{Ll}{2,}(?:[/-]\p{Lu}\p{Ll}+)?\.\s(?=\p{Lu}\p{Ll})/u;
const notPlaces = new Set(['nein', 'danke', 'genau', 'stopp', 'schluss', 'endlich', 'vorbei', 'klar', 'okay', 'achtung', 'aus', 'gut', 'hallo', 'bitte', 'warum', 'trotzdem', 'dennoch', 'immerhin', 'wow', 'yes', 'no', 'thanks', 'finally', 'stop']);

/** The lede's dateline moved from its paragraph to the furniture (in body order). */
export function withoutDateline(body: string, blocks: Block[], furniture: Furniture[]): { blocks: Block[]; furniture: Furniture[] } {
  // The lede is one of the first three paragraphs: key points (list items), a quote or a standfirst
  // may stand before it.
  let at = -1;
  let span: Span | null = null;
  let seen = 0;
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading' || block.kind === 'list-item' || block.kind === 'quote') continue;
    at = i;
    // A place and a full stop ("Hamburg. Die …") counts in the first paragraph only: further down
    // it may be a sentence. The other shapes count after a standfirst too.
    span = datelineOf(body, block, seen === 0);
    seen++;
    if (span !== null || seen === 3) break;
  }
  if (span === null) return { blocks, furniture };
  const lede = blocks[at]!;
  // A dateline on a line of its own takes its block; one that opens the lede shortens it.
  const shortened = span.end >= lede.end ? blocks.filter((_, i) => i !== at) : blocks.map((b, i) => (i === at ? { ...b, start: span.end } : b));
  return { blocks: shortened, furniture: inBodyOrder(furniture, [leadIn('dateline', body, span)]) };
}

/**
 * The dateline opening a lede, as a span of the body, or null. `first`: the article's first
 * paragraph, where a place and a full stop ("Hamburg. Die …") is one too.
 */
function datelineOf(body: string, block: Block, first: boolean): Span | null {
  if (block.kind !== 'paragraph') return null;
  const text = body.slice(block.start, block.end);
  const period = first ? periodDateline.exec(text) : null;
  const m = agencyDateline.exec(text) ?? dashDateline.exec(text) ?? regionDateline.exec(text) ?? (period && !notPlaces.has(period[0].slice(0, period[0].indexOf('.')).toLowerCase()) ? period : null);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  // A dateline on a line of its own is all of its block; what stays after one must be a sentence
  // of some length, not a fragment.
  if (rest === '') return { start: block.start, end: block.end };
  if (rest.length < 20) return null;
  return { start: block.start, end: block.start + m[0].length };
}

// A live blog's entries open with their time: "14.35 Uhr: …", "9:05 a.m. ET: …", "16:20 – …".
const entryStamp = /^(?:\d{1,2}[.:]\d{2}\s?(?:uhr)?|\d{1,2}:\d{2}\s?(?:a\.m\.|p\.m\.|am|pm)(?:\s?[a-z]{2,4})?)\s?(?::|–|—|-)\s+(?=\S)/iu;

/**
 * A live blog's entry stamps moved from their paragraphs to the furniture: the time a post went up
 * is no fact of the event. Only when two paragraphs or more open so: one "14.35 Uhr: …" alone may
 * be a sentence of the report.
 */
export function withoutEntryStamps(body: string, blocks: Block[], furniture: Furniture[]): { blocks: Block[]; furniture: Furniture[] } {
  const stamps: Array<{ at: number; span: Span }> = [];
  blocks.forEach((block, at) => {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') return;
    const m = entryStamp.exec(body.slice(block.start, block.end));
    if (m && block.end - block.start > m[0].length + 10) stamps.push({ at, span: { start: block.start, end: block.start + m[0].length } });
  });
  if (stamps.length < 2) return { blocks, furniture };
  const shortened = [...blocks];
  for (const { at, span } of stamps) {
    // A stamped entry is a paragraph: "14.35 Uhr: Die Polizei …" was no heading.
    shortened[at] = { ...blocks[at]!, kind: 'paragraph', start: span.end };
  }
  return { blocks: shortened, furniture: inBodyOrder(furniture, stamps.map(({ span }) => leadIn('byline', body, span))) };
}
