// Security headers and cross-site form protection for every response.
//
// The CSP allows scripts and styles from this origin only: no inline script, no inline style,
// no eval. htmx is served from /assets and needs none of those as long as the views use no hx-on
// attributes (those compile strings to functions).
import type { Hono, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Refuses form posts that a browser sends from another site. Browsers mark every POST with Origin
 * (and Sec-Fetch-Site), so a cross-site forgery always carries one of them; a request with neither
 * comes from a script or curl, which holds no victim's cookies and is let through like the JSON API.
 * Hono's csrf() only inspects the content types a plain HTML form can send (urlencoded, multipart,
 * text/plain); an application/json POST passes it untouched, which is safe because a browser sends
 * JSON cross-site only after a CORS preflight, and this app answers no preflight.
 */
export function crossSiteFormGuard(): MiddlewareHandler {
  const guard = csrf();
  return async (c, next) => {
    if (c.req.header('origin') === undefined && c.req.header('sec-fetch-site') === undefined) {
      await next();
      return;
    }
    return guard(c, next);
  };
}

export function applySecurity(app: Hono): void {
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy,
      referrerPolicy: 'same-origin',
      xFrameOptions: 'DENY',
      xContentTypeOptions: 'nosniff',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', crossSiteFormGuard());
}
