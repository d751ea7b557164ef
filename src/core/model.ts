// The data model of storydiff, declared once and used everywhere.
//
// Everything here is plain JSON-serialisable data: a Comparison can be stored, exported, sent over
// HTTP and read back without any class or prototype. The pipeline that fills these types is
// ingest → segment → align → classify → compare (one folder per stage under src/core/).

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

export const articleFormats = ['text', 'markdown', 'html'] as const;
export type ArticleFormat = (typeof articleFormats)[number];

/** What a caller hands to `compare()`: one article, as text plus optional metadata. */
export interface ArticleInput {
  text: string;
  format?: ArticleFormat;
  outlet?: string;
  title?: string;
  url?: string;
  date?: string;
  id?: string;
}

/** Languages storydiff analyses with language-specific resources; 'und' = undetermined. */
export type Language = 'de' | 'en' | 'und';

// ---------------------------------------------------------------------------------------------
// Ingest: an article's readable text and its block structure
// ---------------------------------------------------------------------------------------------

/** A half-open character range [start, end) into an article's `body`. */
export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item';

/** A structural block of the body (a paragraph, a heading, …), found by ingest. */
export interface Block extends Span {
  kind: BlockKind;
  /** Set when the structure reader already knows the block as page furniture (a line under "Related"). */
  furniture?: FurnitureKind;
}

/** Kinds of page furniture: lines a copy from a news site brings along that are no part of the report. */
export const furnitureKinds = ['dateline', 'byline', 'kicker', 'navigation', 'credit', 'link', 'share', 'advertisement', 'agency', 'correction', 'embed', 'author'] as const;
export type FurnitureKind = (typeof furnitureKinds)[number];

/**
 * A piece of page furniture left out of the analysis (a photo credit, "Read more: …", a lede's
 * dateline "BERLIN (dpa) –"): its text as it stands, and where, so a reader sees what was not compared.
 */
export interface Furniture extends Span {
  kind: FurnitureKind;
  text: string;
}

/**
 * The result of ingest: metadata plus `body`, the readable text every later offset points into.
 * For plain text and Markdown, `body` is the input with line endings normalised to LF; for HTML it
 * is the extracted article text (what a reader view shows), so spans stay meaningful for display.
 */
export interface IngestedArticle {
  id: string;
  outlet: string;
  title: string | null;
  url: string | null;
  date: string | null;
  format: ArticleFormat;
  language: Language;
  body: string;
  /** Span of the title inside `body` when the title is part of the text (e.g. a .txt first line). */
  titleSpan: Span | null;
  blocks: Block[];
  /** What was left out as page furniture, in body order; the blocks hold none of it. */
  furniture: Furniture[];
}

// ---------------------------------------------------------------------------------------------
// Segment: sections and sentences
// ---------------------------------------------------------------------------------------------

export interface Sentence {
  /** Unique within a comparison: `${articleId}:s${index}`. */
  id: string;
  /** Display text: the original wording, whitespace runs collapsed, soft hyphens removed. */
  text: string;
  /** Offsets into the article's body: body.slice(start, end) is the raw sentence. */
  start: number;
  end: number;
  /** Position of the sentence in the article, 0-based. */
  index: number;
  /** Paragraph (block) number within the article, 0-based; used for placement. */
  paragraph: number;
  /** Whether the sentence sits in a blockquote. */
  quoted?: boolean;
}

export interface Section {
  /** Unique within a comparison: `${articleId}:h${index}`. */
  id: string;
  /** The section heading, or null for the part before the first heading. */
  heading: string | null;
  headingSpan: Span | null;
  sentences: Sentence[];
}

/** The article a sentence or section id belongs to: ids are `${articleId}:s${n}` and `${articleId}:h${n}`. */
export function articleIdOf(id: string): string {
  return id.slice(0, id.lastIndexOf(':'));
}

export interface Article {
  id: string;
  outlet: string;
  title: string | null;
  url: string | null;
  date: string | null;
  format: ArticleFormat;
  language: Language;
  body: string;
  titleSpan: Span | null;
  /** Number of paragraphs in the article, so placement can say "paragraph 9 of 12". */
  paragraphCount: number;
  sections: Section[];
  /** Page furniture left out of the analysis; absent when there was none (and in comparisons saved before 0.6). */
  furniture?: Furniture[];
}

// ---------------------------------------------------------------------------------------------
// Align: units (aligned groups of sentences)
// ---------------------------------------------------------------------------------------------

/** Every unit status, in the order views list them. */
export const unitStatuses = ['agreement', 'framing', 'omission', 'exclusive'] as const;
export type UnitStatus = (typeof unitStatuses)[number];

/** Why two sentences were aligned: their similarity and the terms they share. */
export interface AlignedPair {
  a: string; // sentence id
  b: string; // sentence id
  score: number; // 0..1
  anchors: string[]; // shared informative terms (display forms), strongest first
}

/**
 * For a unit an article leaves out: that article's sentence most like the unit's (align/closest.ts),
 * so a reader can check an omission instead of taking it on trust. A low score says the outlet
 * tells nothing like it; a score above the bar, that the sentence went to another unit.
 */
export interface ClosestSentence {
  articleId: string;
  sentenceId: string;
  /** The unit's sentence it is most like. */
  to: string;
  score: number; // 0..1, the same similarity as AlignedPair.score
  anchors: string[];
  /** The unit that holds the closest sentence. */
  unitId: string;
}

/** Every cue kind, in the order counts and filters list them. */
export const cueKinds = ['tone', 'certainty', 'attribution', 'quote', 'number', 'label', 'placement'] as const;
export type CueKind = (typeof cueKinds)[number];

/** A framing signal in one article's sentences of a unit that differs from the other articles. */
export interface Cue {
  kind: CueKind;
  articleId: string;
  /** The words that carry the signal, as they stand in the sentence (or a short description). */
  text: string;
  /** One plain sentence a teacher could read aloud. */
  note: string;
  /** The sentence the cue was found in, and the cue's span within that sentence's display text. */
  sentenceId?: string;
  span?: Span;
  /** A normalised value for grouping and counting, e.g. 'hedged', 'anonymous', 'lede', '3'. */
  value?: string;
}

export interface Unit {
  /** Unique within a comparison: `u${n}`. */
  id: string;
  status: UnitStatus;
  /** The aligned sentence ids per article id; the first id of each list is the primary sentence. */
  sentences: Record<string, string[]>;
  /** Articles with no sentence in this unit. */
  missingFrom: string[];
  cues: Cue[];
  /**
   * The sentence pairs that joined this unit, strongest first, with their scores and shared terms:
   * why its sentences were aligned (one fewer than its sentences; not every pair of a large unit).
   */
  pairs: AlignedPair[];
  /** Set when a hand edit changed this unit (curation). */
  edited?: boolean;
  /** A curator's Markdown note on this unit (rendered sanitised). */
  note?: string;
}

/** Two sections of different articles that cover the same units. */
export interface SectionLink {
  a: string; // section id
  b: string; // section id
  sharedUnits: number;
}

/** What the alignment stage hands to classification (status and cues are not known yet). */
export interface Alignment {
  units: Array<Omit<Unit, 'status' | 'cues'>>;
  sectionLinks: SectionLink[];
}

/**
 * The articles' headlines compared as one more unit: all titles of a comparison are about its one
 * event, so they are read by the same cue detectors as a unit's sentences (placement left out).
 */
export interface Headlines {
  /** The articles that have a title (two or more), in article order. */
  articleIds: string[];
  /** Framing cues of the titles: `span` indexes the article's `title`; there is no `sentenceId`. */
  cues: Cue[];
}

// ---------------------------------------------------------------------------------------------
// Word-level diffs of aligned sentences
// ---------------------------------------------------------------------------------------------

export interface CharPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/**
 * One piece of a word-level diff. `modify` is a word that only changed its ending or a few letters
 * (konstruktiv → konstruktiven): the view shows both whole words with the changed letters marked.
 */
export type DiffPart =
  | { op: 'equal' | 'delete' | 'insert'; text: string }
  | { op: 'modify'; from: string; to: string; parts: CharPart[] };

export interface SentenceDiff {
  from: string; // sentence id
  to: string; // sentence id
  parts: DiffPart[];
  /** True when the diff was cut short on hostile input and shows both texts whole. */
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Two-text diff with moved sentences (/diff)
// ---------------------------------------------------------------------------------------------

/**
 * One end of a moved sentence: where text A had it (`moved-away`) or where text B has it
 * (`moved-here`). Both ends share `move`, so a view can link one to the other.
 */
export interface MovedPart {
  op: 'moved-away' | 'moved-here';
  /** Number of the move, 1-based, in the order of text B. */
  move: number;
  /** The sentence as it stands at this end, with the whitespace before it. */
  text: string;
  /** Paragraph (1-based) of the other end: in B where it went, in A where it came from. */
  otherParagraph: number;
  /** At `moved-here` of a sentence that also changed: the diff from A's wording to B's. */
  parts?: DiffPart[];
}

export type TextDiffPart = DiffPart | MovedPart;

/** A diff of two whole texts in which moved sentences are moves, not a delete plus an insert. */
export interface TextDiff {
  parts: TextDiffPart[];
  moves: number;
  /** True when a part of the diff was cut short on hostile input and shows both texts whole. */
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

/** A word an outlet uses notably more than the others (weighted log-odds, Monroe et al. 2008). */
export interface DistinctiveTerm {
  term: string;
  count: number;
  logOdds: number;
  zScore: number;
}

export interface ArticleSummary {
  articleId: string;
  sentences: number;
  /** Units this article reports. */
  units: number;
  /** Share of the comparison's units this article reports, 0..1. */
  coverage: number;
  /** Units only this article reports. */
  exclusiveUnits: string[];
  /** Units every other article reports but this one leaves out. */
  omittedUnits: string[];
  cueCounts: Record<CueKind, number>;
  distinctiveTerms: DistinctiveTerm[];
}

/** A framing difference ranked for the summary and the classroom view. */
export interface RankedDifference {
  unitId: string;
  score: number;
  /** Plain-language reason for the rank, e.g. "The outlets differ in how certain they sound and their tone. At least one tells it in its first paragraph." */
  reason: string;
}

export interface Summary {
  counts: Record<UnitStatus, number>;
  units: number;
  /** Units every article reports (agreements and framing differences), in reading order. */
  consensus: string[];
  articles: ArticleSummary[];
  /** Framing differences, most striking first. */
  ranking: RankedDifference[];
}

// ---------------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------------

export interface Comparison {
  id?: string;
  createdAt?: string;
  /** Version of the analysis that produced this comparison, for reproducibility. */
  analysisVersion: string;
  /** Articles in input order. */
  articles: Article[];
  /** Units in reading order (following the first article, others' material where it stands). */
  units: Unit[];
  sectionLinks: SectionLink[];
  summary: Summary;
  /**
   * The headlines compared; null when fewer than two articles have a title. Absent from
   * comparisons made before analysis 0.6.0 (a re-run adds it).
   */
  headlines?: Headlines | null;
  /** A curator's Markdown note on the whole comparison. */
  note?: string;
  /** Hand edits applied on top of the automatic result, oldest first (curation). */
  edits?: Edit[];
  /** Hand edits that no longer apply to this analysis. */
  staleEdits?: StaleEdit[];
}

export interface CompareOptions {
  /** Force a language instead of detecting it per article. */
  language?: Exclude<Language, 'und'>;
  /** Override tunable thresholds (see thresholds.ts). */
  thresholds?: Partial<import('./thresholds.js').Thresholds>;
}

// ---------------------------------------------------------------------------------------------
// Presentation: what the views are handed, computed from a comparison by src/core/present/
// ---------------------------------------------------------------------------------------------

/** One unit both outlets of a pair view report: their texts and the word diff between them. */
export interface PairRow {
  unitId: string;
  a: string;
  b: string;
  parts: DiffPart[];
  truncated: boolean;
  cues: Cue[];
  /** Set when only one of the two outlets reports the unit: its text stands alone, `parts` and `cues` are empty. */
  only?: 'a' | 'b';
}

/** The two outlets' headlines in a pair view: the titles, their word diff and their headline cues. */
export type HeadlinePair = Omit<PairRow, 'unitId' | 'only'>;

/** One framing difference of the classroom view, in the summary's ranking order (the headlines ranked among them). */
export interface ClassroomSlide {
  index: number;
  total: number;
  /** The unit it shows, or null on the slide of the headlines (Comparison.headlines). */
  unitId: string | null;
  reason: string;
  /** Each outlet's wording, with its cues' places in the text (for marking the words). */
  phrasings: Array<{ outlet: string; text: string; marks: Array<Span & { kind: CueKind; note: string }> }>;
  notes: string[];
  /** The curator's Markdown note on this example's unit (shown as the teacher's note). */
  teacherNote?: string;
}

// ---------------------------------------------------------------------------------------------
// Curation: hand edits on top of the automatic result
// ---------------------------------------------------------------------------------------------

/** One hand correction or annotation. Unit ids refer to the comparison as it stood before it. */
export type EditAction =
  /** Move a sentence into another unit, or out into a unit of its own (toUnitId null). */
  | { kind: 'move-sentence'; sentenceId: string; toUnitId: string | null }
  /** Merge the second unit into the first. */
  | { kind: 'merge-units'; unitId: string; otherUnitId: string }
  /** Take these articles' sentences out of a unit into a new unit. */
  | { kind: 'split-unit'; unitId: string; articleIds: string[] }
  | { kind: 'set-status'; unitId: string; status: UnitStatus }
  | { kind: 'add-cue'; unitId: string; cue: Cue }
  | { kind: 'remove-cue'; unitId: string; cue: Pick<Cue, 'kind' | 'articleId' | 'text'> }
  /** A Markdown note on a unit, or on the whole comparison (unitId null); empty text removes it. */
  | { kind: 'note'; unitId: string | null; markdown: string };

export interface Edit {
  id: string;
  /** ISO time the edit was made (set by the edge that stores it; the core never reads a clock). */
  at: string;
  /** The label of the edit token that made it. */
  by: string;
  action: EditAction;
}

/** An edit that no longer applies (e.g. after re-running a newer analysis), and why. */
export interface StaleEdit {
  edit: Edit;
  reason: string;
}
