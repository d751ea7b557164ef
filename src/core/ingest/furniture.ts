// Page furniture: the lines a copy from a news site brings along that are no part of the report
// (a photo credit, "Lesen Sie auch: …", share buttons, "Anzeige", a byline with its time stamp,
// an agency's trailer), and the dateline that opens an agency lede ("BERLIN (dpa) –"). Left in,
// each became a sentence no other outlet has, or a section heading, and a dateline's place name
// was read as a label ("Moskau/Washington –" against another outlet's "Russland"). Only whole
// short lines are left out, by their shape, and the article keeps a list of them, so a reader can
// see what was not compared.
import type { Block, Furniture, FurnitureKind, Span } from '../model.js';
import { englishMonths, germanMonths } from '../months.js';

/** Longer lines are text, whatever they start with. */
const maxFurnitureChars = 160;

/** Blocks that are page furniture taken out, each with its kind. */
export function withoutFurniture(body: string, blocks: Block[]): { blocks: Block[]; furniture: Furniture[] } {
  const kept: Block[] = [];
  const furniture: Furniture[] = [];
  for (const block of blocks) {
    const kind = block.kind === 'quote' || block.kind === 'list-item' ? null : furnitureKind(body.slice(block.start, block.end));
    if (kind === null) kept.push(block);
    else furniture.push({ kind, text: body.slice(block.start, block.end).trim(), start: block.start, end: block.end });
  }
  return { blocks: kept, furniture };
}

/** What kind of page furniture a line is, or null for a line of the report. */
export function furnitureKind(raw: string): FurnitureKind | null {
  // Markdown emphasis around a caption ("*Foto: dpa*") does not make it text.
  const line = raw.trim().replace(/^[*_]+|[*_]+$/g, '').trim();
  if (!line || line.includes('\n') || line.length > maxFurnitureChars) return null;
  const lower = line.toLowerCase();
  if (credit.test(lower) || captionCredit.test(line) || (line.includes('©') && line.length <= 120)) return 'credit';
  if (advertisement.has(lower.replace(/^[-–—[(\s]+|[-–—\])\s:.]+$/g, ''))) return 'advertisement';
  if (subscriptionPrompt.test(lower) && line.length <= 100) return 'advertisement';
  if (relatedLink.test(lower) && !/\.$/.test(line)) return 'link';
  if (isShareBar(lower)) return 'share';
  if (isByline(line) || isTimestamp(line) || readingTime.test(lower)) return 'byline';
  if (agencyTrailer.test(lower)) return 'agency';
  if (datelineLine.test(line)) return 'dateline';
  return null;
}

// A caption or credit names its source after a colon: "Foto: picture alliance / dpa", "Photo: Getty".
const credit = /^(?:fotos?|bild(?:er)?|grafik|illustration|video|quelle|photos?|picture|images?|credits?|source|copyright|\(c\))\s*:|^(?:©|\(c\)\s|copyright\s)/u;

// A caption that ends in its credit: "Protesters outside the town hall. Photograph: Jane Doe/Reuters".
const captionCredit = /(?:^|[.!?)]\s)(?:Photograph|Photo|Foto|Bild|Credit|Image|Picture|Fotos|Photos)s?:\s*[^.:]{1,60}$/u;

// Words that stand alone on a line to mark an advertisement (lowercase, without brackets).
const advertisement = new Set([
  'anzeige', 'werbung', 'advertisement', 'advertising', 'sponsored', 'gesponsert', 'promotion',
  'anzeige – scrollen sie weiter', 'weiter nach der anzeige', 'artikel wird nach der anzeige fortgesetzt',
  'story continues below advertisement', 'article continues below', 'continue reading below', 'advertisement - scroll to continue',
]);

// A prompt to subscribe or sign up, in the middle of a copied article.
const subscriptionPrompt =
  /^(?:jetzt (?:abonnieren|weiterlesen|registrieren|kostenlos testen)|abonnieren sie\b|newsletter(?:$|\s*:)|subscribe (?:now|today|to (?:continue|read|our))|sign up (?:for|to)\b|already a subscriber|bereits abonnent)/u;

// A link to another article, alone or before that article's headline after a colon.
const relatedLink =
  /^(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|weitere artikel|weiterlesen|zum thema|siehe auch|read more|read also|see also|related(?: articles?| stories| coverage| content)?|more on this(?: story)?|recommended|most read|meistgelesen)\s*(?::|$)/u;

// The buttons of a share bar, read as words.
const shareWords = new Set([
  'teilen', 'twittern', 'tweet', 'tweeten', 'e-mail', 'email', 'mail', 'drucken', 'print', 'kommentare', 'kommentieren',
  'comments', 'comment', 'share', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'telegram', 'flipboard',
  'messenger', 'reddit', 'xing', 'copy', 'link', 'kopieren', 'merken', 'speichern', 'save', 'vorlesen', 'listen',
  'this', 'article', 'artikel', 'story', 'diesen', 'on', 'via', 'x',
]);
const actionWords = new Set(['teilen', 'twittern', 'tweet', 'tweeten', 'share', 'drucken', 'print', 'merken', 'speichern', 'save', 'kommentare', 'comments', 'facebook', 'whatsapp', 'linkedin']);
function isShareBar(lower: string): boolean {
  const words = lower.split(/[\s|·•/,]+/).filter(Boolean);
  return words.length <= 12 && words.every((w) => shareWords.has(w)) && words.some((w) => actionWords.has(w));
}

// "Von Anna Berger", "By Sam Ortiz and Lee Park, Reuters": a name, a few words, nothing else.
const nameWord = /^(?:\p{Lu}[\p{L}'’.-]*|und|and|&|van|von|de|der|la|le|du|di)$/u;
function isByline(line: string): boolean {
  const m = /^(?:von|by)\s+(.+)$/iu.exec(line);
  if (!m) return false;
  const words = m[1]!.replace(/[,|·•]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 8 && words.every((w) => nameWord.test(w)) && /^\p{Lu}/u.test(words[0]!);
}

const months = [...germanMonths, ...englishMonths].join('|');
const stamped = new RegExp(
  `^(?:(?:stand|aktualisiert|zuletzt aktualisiert|veröffentlicht|erstellt|updated|last updated|published|posted)\\b:?\\s*(?:am|on|at)?\\s*)?` +
    `(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?,?\\s*)?` +
    `(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s(?:${months})\\.?\\s\\d{4}|(?:${months})\\.?\\s\\d{1,2},?\\s\\d{4}|\\d+\\s(?:minutes?|hours?|days?|minuten|stunden|tagen?)\\s(?:ago|her)|vor\\s\\d+\\s(?:minuten|stunden|tagen))`,
  'iu',
);
const timeOfDay = /^[\s,|·•–-]*(?:um\s|at\s)?\d{1,2}[:.]\d{2}(?:\s?(?:uhr|am|pm|a\.m\.|p\.m\.|gmt|utc|mez|mesz|cet|cest|bst|et))?/iu;

/** A line that is a time stamp, perhaps with a byline: "01.12.2026, 14:35 Uhr | Von Anna Berger". */
function isTimestamp(line: string): boolean {
  const m = stamped.exec(line);
  if (!m) return false;
  let rest = line.slice(m[0].length);
  const time = timeOfDay.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  rest = rest.replace(/^[\s,|·•–-]+/, '');
  if (!rest) return true;
  // A date that opens a line with a word after it ("Am 1. Dezember 2026 brach …") is a sentence,
  // unless what follows is a byline or a short source ("| dpa").
  return /^[|·•]/.test(line.slice(m[0].length).trim()) || isByline(rest) || (time !== null && rest.split(/\s+/).length <= 3 && !/[.!?]$/.test(rest));
}

const readingTime = /^(?:lesezeit:?\s*\d+\s*min(?:\.|uten)?|\d+\s*min(?:\.|uten)?\s*lesezeit|\d+\s*min(?:ute)?s?\s*read)$/u;

// An agency's code or trailer: "dpa:261201-99-123456/3", "(dpa)", "Reporting by …; Editing by …".
const agencyTrailer = /^(?:\(?(?:dpa|afp|ap|reuters|kna|epd|dts|apa|sda|ots|ddp)(?:[/-][\p{L}]+)*\)?|dpa:\s?\d[\d/-]*|\(?(?:additional )?(?:reporting|writing|editing) by\b.*)$/u;

// ---------------------------------------------------------------------------------------------
// Datelines
// ---------------------------------------------------------------------------------------------

const place = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ /-]\p{Lu}[\p{L}'’.-]*){0,3}`;
// The agencies whose name in brackets marks a dateline (a party's or a firm's would not), as
// they are written: lower case, capitals or capitalised ("dpa", "AFP", "Reuters").
const agencyNames = ['dpa', 'afp', 'ap', 'reuters', 'kna', 'epd', 'dts', 'apa', 'sda', 'keystone-sda', 'anp', 'belga', 'pa', 'xinhua', 'ansa', 'efe', 'tass', 'interfax', 'bloomberg', 'sid', 'ots', 'ddp', 'rtr', 'dpa-afx', 'agenturen', 'red'];
const writtenAgencies = agencyNames.flatMap((n) => [n, n.toUpperCase(), n[0]!.toUpperCase() + n.slice(1)]);
const agency = String.raw`(?:${writtenAgencies.join('|')})(?:[/-]\p{L}{2,8}){0,2}`;
// "BERLIN (dpa) - ", "Moskau/Washington (AFP) – ", "LONDON, Dec 1 (Reuters) - ", "KYIV, Ukraine (AP) — ".
const agencyDateline = new RegExp(String.raw`^${place}(?:,\s?[\p{L}\d. ]{1,24})?\s?\(${agency}\)\s*[-–—:]?\s+(?=\S)`, 'u');
// A dateline on a line of its own, above the lede: "BERLIN (dpa)".
const datelineLine = new RegExp(String.raw`^${place}(?:,\s?[\p{L}\d. ]{1,24})?\s?\(${agency}\)\s*[-–—:]?$`, 'u');
// "Moskau/Washington – Der Kreml …", "WASHINGTON — The …": a place in capitals, or one word or
// words joined by slashes (not "Die Opposition – CDU und FDP – …"), a dash, then a capital.
const dashPlace = String.raw`(?:\p{Lu}{2,}(?:[ /-]\p{Lu}{2,}){0,2}|\p{Lu}\p{Ll}+(?:/\p{Lu}\p{Ll}+)*)`;
const dashDateline = new RegExp(String.raw`^${dashPlace}(?:,\s?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?\s[–—-]\s(?=["„“»]?\p{Lu})`, 'u');

/**
 * The dateline opening a lede, as a span of the body, or null. Read from the article's first
 * paragraph only: further down, "Berlin – …" is more likely a sentence than a dateline.
 */
export function datelineOf(body: string, block: Block): Span | null {
  if (block.kind !== 'paragraph') return null;
  const text = body.slice(block.start, block.end);
  const m = agencyDateline.exec(text) ?? dashDateline.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  // A dateline on a line of its own is all of its block; what stays after one must be a sentence
  // of some length, not a fragment.
  if (rest === '') return { start: block.start, end: block.end };
  if (rest.length < 20) return null;
  return { start: block.start, end: block.start + m[0].length };
}
