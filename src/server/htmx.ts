// The htmx request headers the routes read, in one place (htmx 4: HX-Request-Type says whether the
// answer replaces the whole body, as on a history restore after Back, or one part of the page).
import type { Context } from 'hono';

/** An htmx request for a part of the page; a history restore (Back to a pushed URL) wants the whole page. */
export function wantsFragment(c: Context): boolean {
  return c.req.header('hx-request') === 'true' && c.req.header('hx-request-type') !== 'full';
}
