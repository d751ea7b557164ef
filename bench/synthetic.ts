// Synthetic articles for the bench and the profiler, seeded so every run measures the same text.
//
// makeArticles: a story of facts that outlets report in their own words. A German-like vocabulary
// of ~6,000 words drawn with a Zipf–Mandelbrot law (as word frequencies in text fall off), function
// words between them, names, acronyms and figures; each fact is retold per outlet with words
// dropped, inflected, swapped for a paraphrase, extra words and a reordered clause, sometimes with
// a source, a hedge, an evaluative word or a quotation. Important facts are reported by most
// outlets and come first (inverted pyramid); ~40% of each article is the outlet's own material.
// Paragraphs of 1–4 sentences, with a subheading every few paragraphs and a headline.
//
// makeTemplateArticles: the first bench's data, two sentence templates over ~40 words. Every
// sentence shares most terms with hundreds of others, so candidate sets are far denser than in
// real news; kept so old and new figures can be compared.
import type { ArticleInput } from '../src/core/model.js';

/** A small seeded PRNG (mulberry32), so every run benchmarks the same articles. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = ['Der Stadtrat', 'Die Regierung', 'Der Minister', 'Die Gewerkschaft', 'Das Gericht', 'Die Polizei', 'Der Konzern', 'Die Opposition'];
const verbs = ['beschloss', 'kritisierte', 'prüfte', 'verschob', 'bestätigte', 'lehnte'];
const objects = ['den Haushalt', 'das Bauprojekt', 'die Reform', 'den Vertrag', 'die Abstimmung', 'das Verfahren', 'die Förderung'];
const places = ['Hamburg', 'Leipzig', 'Köln', 'Dresden', 'Bremen', 'Mainz', 'Kiel', 'Erfurt', 'Potsdam', 'Ulm'];

/** A pool of facts; each article reports ~60% of them in its own wording and order, plus own material. */
export function makeTemplateArticles(count: number, wordsEach: number, seed = 7): ArticleInput[] {
  const random = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const facts = Array.from({ length: 400 }, (_, i) => ({
    subject: pick(subjects),
    verb: pick(verbs),
    object: pick(objects),
    place: pick(places),
    number: 10 + i * 7,
    day: pick(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag']),
  }));
  return Array.from({ length: count }, (_, a) => {
    const sentences: string[] = [];
    let words = 0;
    let own = 0;
    while (words < wordsEach) {
      let sentence: string;
      if (random() < 0.6) {
        const f = facts[Math.floor(random() * facts.length)]!;
        sentence =
          random() < 0.5
            ? `${f.subject} in ${f.place} ${f.verb} am ${f.day} ${f.object} mit ${f.number} Stimmen.`
            : `Am ${f.day} ${f.verb} ${f.subject.toLowerCase()} ${f.object} in ${f.place}, ${f.number} Stimmen dafür.`;
      } else {
        own += 1;
        sentence = `Redaktion ${a} berichtet zusätzlich über ${pick(objects)} Nummer ${own} in ${pick(places)} und Umgebung.`;
      }
      sentences.push(sentence);
      words += sentence.split(' ').length;
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    return { outlet: `Outlet ${a + 1}`, text: `Bericht ${a + 1}\n\n${paragraphs.join('\n\n')}` };
  });
}

const functionWords = [
  'der', 'die', 'das', 'und', 'in', 'mit', 'von', 'zu', 'den', 'im', 'für', 'auf', 'ist', 'sich', 'des', 'dem',
  'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'hat', 'aus', 'bei', 'sind', 'noch', 'nach', 'wie', 'am',
  'werden', 'um', 'einer', 'so', 'zum', 'war', 'haben', 'nur', 'oder', 'aber', 'vor', 'zur', 'bis', 'mehr',
  'durch', 'wurde', 'seit', 'wird', 'gegen', 'über', 'unter', 'sowie', 'bereits', 'dabei', 'nun', 'dort',
];
// Syllables from onset × vowel × coda (~2,500), so words rarely contain other words by accident.
const onsets = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'z', 'sch', 'st', 'br', 'gr', 'kr', 'tr', 'pl', 'fl'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au'];
const codas = ['', 'n', 'r', 'l', 's', 't', 'ch', 'ng', 'rt', 'nd', 'm'];
const syllables = onsets.flatMap((o) => vowels.flatMap((v) => codas.map((c) => o + v + c)));
const surnames = [
  'Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Wolf',
  'Neumann', 'Schwarz', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann',
];
const acronyms = ['SPD', 'CDU', 'DGB', 'BKA', 'EU', 'UN', 'ADAC', 'THW', 'DRK', 'IHK'];
const hedges = ['soll', 'angeblich', 'offenbar', 'möglicherweise', 'vermutlich', 'wohl'];
const reporting = ['sagte', 'erklärte', 'betonte', 'behauptete', 'räumte ein', 'teilte mit'];
const evaluative = ['umstritten', 'scharf', 'heftig', 'Rückschlag', 'konstruktiv', 'Chaos', 'Erfolg', 'massiv', 'dramatisch'];
const endings = ['e', 'en', 'es', 'er', 'ern'];

interface Fact {
  words: string[];
  /** A paraphrase per word, the same for every outlet that paraphrases it. */
  alternatives: string[];
  names: string[];
  figure: string | null;
}

/**
 * `truth`, when given, is filled with what the generator knows: each sentence's text → the fact it
 * tells (an outlet's own material gets a fact of its own), so the bench can score an alignment.
 */
export function makeArticles(count: number, wordsEach: number, seed = 7, truth?: Map<string, number>): ArticleInput[] {
  const random = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;

  const vocabulary: string[] = [];
  const seen = new Set<string>();
  while (vocabulary.length < 6000) {
    let word = '';
    const parts = 2 + Math.floor(random() * 2);
    for (let k = 0; k < parts; k++) word += pick(syllables);
    // German compounds: some words join two others (Hafen + Arbeiter).
    if (vocabulary.length > 200 && chance(0.1)) word = pick(vocabulary).toLowerCase() + pick(vocabulary).toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    vocabulary.push(chance(0.6) ? word[0]!.toUpperCase() + word.slice(1) : word);
  }
  const names = [
    ...surnames,
    ...acronyms,
    ...Array.from({ length: 40 }, () => {
      const w = pick(syllables) + pick(syllables) + (chance(0.2) ? pick(['burg', 'heim', 'dorf', 'stadt', 'feld', 'hausen']) : '');
      return w[0]!.toUpperCase() + w.slice(1);
    }),
  ];
  // Zipf–Mandelbrot: P(rank r) ∝ 1 / (r + 10), via the cumulative weights.
  const zipf = (n: number, q: number): (() => number) => {
    const cumulative: number[] = [];
    let sum = 0;
    for (let r = 1; r <= n; r++) cumulative.push((sum += 1 / (r + q)));
    return () => {
      const x = random() * sum;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  };
  const wordRank = zipf(vocabulary.length, 10);
  const word = () => vocabulary[wordRank()]!;
  const figure = () => {
    const kind = random();
    if (kind < 0.4) return String(2 + Math.floor(random() * 98));
    if (kind < 0.7) return (1000 + Math.floor(random() * 90000)).toLocaleString('de-DE');
    if (kind < 0.85) return `${Math.floor(random() * 90) + 1} Prozent`;
    return `${(random() * 9 + 1).toFixed(1).replace('.', ',')} Millionen`;
  };
  const newFact = (): Fact => {
    const words = Array.from({ length: 5 + Math.floor(random() * 5) }, word);
    return {
      words,
      alternatives: words.map(word),
      names: Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(names)),
      figure: chance(0.4) ? figure() : null,
    };
  };
  const facts = Array.from({ length: 400 }, newFact);
  const factRank = zipf(facts.length, 5);

  const inflect = (w: string) => (chance(0.25) ? w + pick(endings) : w);
  const render = (fact: Fact): string => {
    const content: string[] = [];
    fact.words.forEach((w, k) => {
      if (chance(0.15)) return;
      content.push(inflect(chance(0.15) ? fact.alternatives[k]! : w));
    });
    for (let k = Math.floor(random() * 3); k > 0; k--) content.splice(Math.floor(random() * content.length), 0, word());
    for (const name of fact.names) if (chance(0.9)) content.splice(Math.floor(random() * content.length), 0, name);
    if (fact.figure && chance(0.85)) content.splice(Math.floor(random() * content.length), 0, (chance(0.2) ? 'rund ' : '') + fact.figure);
    if (chance(0.1)) content.splice(1, 0, pick(hedges));
    if (chance(0.1)) content.splice(Math.floor(random() * content.length), 0, pick(evaluative));
    // Clauses in another order, as outlets restructure a sentence.
    if (chance(0.4)) {
      const cut = Math.floor(content.length / 2);
      content.push(...content.splice(0, cut));
    }
    const out: string[] = [];
    for (const w of content) {
      if (chance(0.55)) out.push(pick(functionWords));
      out.push(w);
    }
    let sentence = out.join(' ');
    sentence = sentence[0]!.toUpperCase() + sentence.slice(1);
    const source = pick(names);
    const roll = random();
    if (roll < 0.08) return `„${sentence}“, ${pick(reporting)} ${source}.`;
    if (roll < 0.25) return `${sentence}, ${pick(reporting)} ${source}.`;
    if (roll < 0.32) return `Laut ${source} ${sentence[0]!.toLowerCase()}${sentence.slice(1)}.`;
    return `${sentence}.`;
  };

  return Array.from({ length: count }, (_, a) => {
    // Which facts this outlet reports, most important first with some shuffling.
    const reported = new Set<number>();
    const own: Array<{ at: number; text: string }> = [];
    const shared: Array<{ at: number; text: string }> = [];
    let words = 0;
    while (words < wordsEach) {
      let text: string;
      let at: number;
      if (chance(0.6) && reported.size < facts.length) {
        let f = factRank();
        while (reported.has(f)) f = factRank();
        reported.add(f);
        text = render(facts[f]!);
        truth?.set(text, f);
        at = f + random() * 40;
        shared.push({ at, text });
      } else {
        text = render(newFact());
        truth?.set(text, -1 - (truth?.size ?? 0));
        own.push({ at: 0, text });
      }
      words += text.split(' ').length;
    }
    shared.sort((x, y) => x.at - y.at);
    const sentences = shared.map((s) => s.text);
    for (const { text } of own) sentences.splice(Math.floor(random() * (sentences.length + 1)), 0, text);

    const blocks: string[] = [];
    for (let i = 0, p = 0; i < sentences.length; p++) {
      if (p > 0 && p % 5 === 0) blocks.push(Array.from({ length: 2 + Math.floor(random() * 2) }, word).join(' '));
      const n = 1 + Math.floor(random() * 4);
      blocks.push(sentences.slice(i, i + n).join(' '));
      i += n;
    }
    const headline = facts[0]!.words.slice(0, 4).concat(facts[0]!.names[0]!).join(' ');
    return { outlet: `Outlet ${a + 1}`, text: `${headline[0]!.toUpperCase()}${headline.slice(1)}\n\n${blocks.join('\n\n')}` };
  });
}
