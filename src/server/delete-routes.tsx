// Deleting a saved comparison takes the delete token returned at creation: the delete link
// (/delete/<id>?token=…) opens a confirmation form, and the API takes the token in a header.
// The routes live outside /c/ so the page cache never keeps a page that holds a token.
import type { Context, Hono } from 'hono';
import type { Store } from '../store/store.js';
import { DeletePage } from '../../views/delete.js';
import { ErrorPage } from '../../views/errors.js';

export interface DeleteRouteOptions {
  store: Store;
  /** Called after a comparison is gone, so cached pages of it go too. */
  onDeleted(id: string): void;
}

export function mountDeleteRoutes(app: Hono, { store, onDeleted }: DeleteRouteOptions): void {
  const notFound = (c: Context) =>
    c.html(<ErrorPage title="Not found" message="There is no comparison at this address; it may have been deleted already." />, 404);

  app.get('/delete/:id', (c) => {
    const id = c.req.param('id');
    const comparison = store.get(id);
    if (!comparison) return notFound(c);
    const title = comparison.articles[0]?.title ?? comparison.articles.map((a) => a.outlet).join(', ');
    return c.html(<DeletePage id={id} title={title} token={c.req.query('token') ?? ''} />);
  });

  app.post('/delete/:id', async (c) => {
    const id = c.req.param('id');
    const comparison = store.get(id);
    if (!comparison) return notFound(c);
    const token = String((await c.req.formData()).get('token') ?? '');
    if (!store.delete(id, token)) {
      const title = comparison.articles[0]?.title ?? id;
      return c.html(<DeletePage id={id} title={title} token={token} error="This delete token does not match; nothing was deleted." />, 403);
    }
    onDeleted(id);
    return c.html(<DeletePage id={id} title={null} token="" deleted />);
  });

  app.delete('/api/comparisons/:id', (c) => {
    const id = c.req.param('id');
    if (!store.get(id)) return c.json({ error: 'No comparison with this id.' }, 404);
    if (!store.delete(id, c.req.header('x-delete-token') ?? '')) return c.json({ error: 'The x-delete-token header does not match; nothing was deleted.' }, 403);
    onDeleted(id);
    return c.body(null, 204);
  });
}
