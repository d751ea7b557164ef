// Classroom view: one framing difference per screen, in the summary's ranking order.
import type { ClassroomSlide, Comparison } from '../src/core/model.js';
import { renderMarkdown } from '../src/server/markdown.js';
import type { Child } from 'hono/jsx';
import { Layout } from './layout.js';

/** The wording with its cue words marked; the mark's title holds the cue's note. */
function MarkedWords(props: Pick<ClassroomSlide['phrasings'][number], 'text' | 'marks'>) {
  const out: Child[] = [];
  let at = 0;
  for (const m of props.marks) {
    out.push(props.text.slice(at, m.start));
    out.push(
      <mark class={`cue-mark cue-${m.kind}`} title={`${m.kind}: ${m.note}`}>
        {props.text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  out.push(props.text.slice(at));
  return <>{out}</>;
}

/** One framing difference: why it ranks, each outlet's wording, the cue notes, the teacher's note. */
function SlideBody(props: { slide: ClassroomSlide }) {
  const { slide } = props;
  return (
    <>
      <p class="reason">{slide.reason}</p>
      <div class="phrasings">
        {slide.phrasings.map((p) => (
          <figure>
            <figcaption>{p.outlet}</figcaption>
            <blockquote>
              <MarkedWords text={p.text} marks={p.marks} />
            </blockquote>
          </figure>
        ))}
      </div>
      <ul class="notes">
        {slide.notes.map((n) => (
          <li>{n}</li>
        ))}
      </ul>
      {slide.teacherNote ? (
        <aside class="teacher-note" aria-label="Teacher's note">
          <h2>Teacher's note</h2>
          <div class="md" dangerouslySetInnerHTML={{ __html: renderMarkdown(slide.teacherNote) }} />
        </aside>
      ) : null}
    </>
  );
}

export function ClassroomPage(props: { c: Comparison; slide: ClassroomSlide | null }) {
  const { c, slide } = props;
  const base = `/c/${c.id}/classroom`;
  return (
    <Layout title="Classroom">
      <div class="classroom" data-classroom="true">
        <p>
          <a href={`/c/${c.id}`}>Back to the comparison</a>
          {slide ? (
            <>
              {' · '}
              <a href={`${base}/handout`}>All {slide.total} differences as a printable handout</a>
            </>
          ) : null}
        </p>
        {slide ? (
          <>
            <h1>
              Difference {slide.index + 1} of {slide.total}
            </h1>
            <SlideBody slide={slide} />
            <nav class="steps" aria-label="Step through">
              {slide.index > 0 ? <a rel="prev" href={`${base}?i=${slide.index - 1}`}>← Previous</a> : <span></span>}
              {slide.index + 1 < slide.total ? <a rel="next" href={`${base}?i=${slide.index + 1}`}>Next →</a> : <span></span>}
            </nav>
          </>
        ) : (
          <h1>No framing differences in this comparison.</h1>
        )}
      </div>
    </Layout>
  );
}

/** Every difference on one page, one per printed sheet: a handout for a class. */
export function ClassroomHandout(props: { c: Comparison; slides: ClassroomSlide[] }) {
  const { c, slides } = props;
  const title = c.articles[0]?.title ?? 'Comparison';
  return (
    <Layout title="Classroom handout">
      <div class="classroom handout">
        <p class="no-print">
          <a href={`/c/${c.id}/classroom`}>Back to the classroom view</a> · Print this page (Ctrl+P) for one difference per sheet.
        </p>
        <h1>{title}: how the outlets differ</h1>
        <p>
          {slides.length} framing {slides.length === 1 ? 'difference' : 'differences'} between {c.articles.map((a) => a.outlet).join(', ')}, most striking first.
        </p>
        {slides.map((slide) => (
          <section class="slide" aria-labelledby={`slide-${slide.index}`}>
            <h2 id={`slide-${slide.index}`}>
              Difference {slide.index + 1} of {slide.total}
            </h2>
            <SlideBody slide={slide} />
          </section>
        ))}
      </div>
    </Layout>
  );
}
