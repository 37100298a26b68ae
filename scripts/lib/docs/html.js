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
<link rel="icon" href="${up}favicon.ico">
</head>
<body>
<header class="top"><a class="brand" href="${up}index.html">feishu-chat-contract</a><a href="${up}rest/index.html">REST reference</a><a href="${up}jsapi/index.html">JSAPI reference</a><a href="${up}events/index.html">Events and callbacks</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The site's favicon as a real .ico (one 16×16 32-bit image): browsers ask for /favicon.ico on every
 * page, and a missing one is a console error. Drawn here (a blue square with a white speech mark) so
 * the build needs no binary asset.
 */
export function favicon() {
  const size = 16;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const row = size - 1 - y; // BMP rows run bottom-up
      const inBubble = x >= 4 && x <= 11 && y >= 4 && y <= 9;
      const inTail = y >= 10 && y <= 11 && x >= 5 && x <= 6 + (11 - y);
      const [b, g, r] = inBubble || inTail ? [255, 255, 255] : [255, 112, 51];
      pixels.set([b, g, r, 255], (row * size + x) * 4);
    }
  }
  const mask = Buffer.alloc(size * 4); // AND mask: 16 rows of 32 bits, all opaque
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // height counts the mask too
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const image = Buffer.concat([header, pixels, mask]);
  const dir = Buffer.alloc(6 + 16);
  dir.writeUInt16LE(1, 2); // type: icon
  dir.writeUInt16LE(1, 4); // one image
  dir.writeUInt8(size, 6);
  dir.writeUInt8(size, 7);
  dir.writeUInt16LE(1, 10);
  dir.writeUInt16LE(32, 12);
  dir.writeUInt32LE(image.length, 14);
  dir.writeUInt32LE(dir.length, 18);
  return Buffer.concat([dir, image]);
}
