// Classroom view: one framing difference per screen, in the summary's ranking order.
import type { ClassroomSlide, Comparison } from '../src/core/model.js';
import { renderMarkdown } from '../src/server/markdown.js';
import { Layout } from './layout.js';

export function ClassroomPage(props: { c: Comparison; slide: ClassroomSlide | null }) {
  const { c, slide } = props;
  const base = `/c/${c.id}/classroom`;
  return (
    <Layout title="Classroom">
      <div class="classroom" data-classroom="true">
        <p>
          <a href={`/c/${c.id}`}>Back to the comparison</a>
        </p>
        {slide ? (
          <>
            <h1>
              Difference {slide.index + 1} of {slide.total}
            </h1>
            <p class="reason">{slide.reason}</p>
            <div class="phrasings">
              {slide.phrasings.map((p) => (
                <figure>
                  <figcaption>{p.outlet}</figcaption>
                  <blockquote>{p.text}</blockquote>
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
