// Hostile inputs, written for storydiff after the categories of the OWASP XSS filter evasion
// cheat sheet: plain script tags, event handlers, URL schemes, SVG/MathML, entity and case
// tricks, broken markup, CSS, embedding elements, Markdown links, comments and attribute breaks.
export const xssVectors: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<script>alert(String.fromCharCode(88,83,83))</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<body onload=alert(1)>',
  '<div onmouseover="alert(1)">hover</div>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<div style="background-image:url(javascript:alert(1))">css</div>',
  '<div style="width: expression(alert(1))">ie</div>',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<<script>alert(1);//<</script>',
  '<img """><script>alert(1)</script>">',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '[data](data:text/html,<script>alert(1)</script>)',
  '<video><source onerror="alert(1)"></video>',
  '<marquee onstart=alert(1)>x</marquee>',
  '=HYPERLINK("http://evil.example","x")',
];

/** Tags in the page that could run script; the app's own tags never carry any of these. */
export function liveMarkup(html: string): string[] {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  return tags.filter(
    (tag) =>
      (/^<script\b/i.test(tag) && !/^<script src="\/assets\/[\w.-]+\.js"/.test(tag)) ||
      /\son[a-z]+\s*=/i.test(tag) ||
      /(?:href|src|action|data|srcdoc|formaction)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i.test(tag) ||
      /^<(?:iframe|object|embed|base|style|math)\b/i.test(tag) ||
      /^<meta\s+http-equiv/i.test(tag),
  );
}

