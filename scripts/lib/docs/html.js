// Small HTML helpers shared by the docs pages: escaping, the page frame, and a tiny Markdown subset.

export const esc = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Inline Markdown: `code`, **bold**, [text](url). Enough for our descriptions. */
export function inline(text) {
  return esc(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+|[./][^)\s]*)\)/g, '<a href="$2">$1</a>');
}

/** A Markdown list or paragraph block (the README sections the landing page quotes). */
export function block(markdown) {
  const paragraphs = markdown.trim().split(/\n\s*\n/);
  return paragraphs
    .map((p) => {
      const lines = p.split('\n');
      if (lines.every((l) => /^\s*[-*] |^\s{2,}\S/.test(l))) {
        const items = [];
        for (const l of lines) if (/^\s*[-*] /.test(l)) items.push(l.replace(/^\s*[-*] /, ''));
        else items[items.length - 1] += ` ${l.trim()}`;
        return `<ul>${items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
      }
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
}

export const STYLE = `
:root { --fg: #1f2329; --muted: #646a73; --line: #dee0e3; --accent: #3370ff; --bg-soft: #f5f6f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); }
header.top { display: flex; gap: 1.5rem; align-items: center; padding: .75rem 2rem; border-bottom: 1px solid var(--line); }
header.top a { color: var(--fg); text-decoration: none; }
header.top .brand { font-weight: 700; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; } h3 { margin-top: 1.75rem; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
code { background: var(--bg-soft); padding: .1em .3em; border-radius: 3px; }
pre { background: var(--bg-soft); padding: 1rem; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); }
td.field { white-space: nowrap; font-family: ui-monospace, monospace; }
.muted { color: var(--muted); }
.tag { display: inline-block; font-size: .8em; padding: 0 .4em; border-radius: 3px; background: #e1eaff; color: #245bdb; margin-right: .25em; }
.tag.req { background: #ffe9e0; color: #c4341b; }
.erratum { border-left: 3px solid #ff8800; background: #fff7e8; padding: .5rem .75rem; margin: .5rem 0; }
nav.toc a { margin-right: 1rem; }
`;

/** The frame every page of ours shares (the REST reference is Redoc's own page). */
export function page({ title, depth = 0, body }) {
  const up = depth ? '../'.repeat(depth) : './';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — feishu-chat-contract</title>
<link rel="stylesheet" href="${up}assets/style.css">
</head>
<body>
<header class="top"><a class="brand" href="${up}index.html">feishu-chat-contract</a><a href="${up}rest/index.html">REST reference</a><a href="${up}jsapi/index.html">JSAPI reference</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}
