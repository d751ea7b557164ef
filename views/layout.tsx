// The page frame every view shares: one stylesheet, htmx and small scripts from /assets, no inline script.
import type { Child } from 'hono/jsx';

export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · storydiff</title>
        <link rel="icon" type="image/svg+xml" href="/assets/favicon.svg" />
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/htmx.js" defer></script>
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <header class="site">
          <a href="/" class="brand">storydiff</a>
          <nav><a href="/">Compare</a> <a href="/diff">Two-text diff</a></nav>
        </header>
        <main id="main">{props.children}</main>
      </body>
    </html>
  );
}
