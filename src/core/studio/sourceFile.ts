/**
 * The article as the studio takes it in: pasted or opened text (HTML reduced to its words)
 * becomes a pack's source.md, a header about the article above a `---` line and the body
 * below it, as core/pack/sourceText.ts reads it. Nothing of the header is ever matched as a
 * quote, so what the author types about the article cannot be cited as anyone's words.
 */

export interface ArticleInfo {
  title: string;
  outlet: string;
  author: string;
  date: string;
}

/** The body of a source.md: everything after its first `---` line (all of it when there is none). */
export function bodyOf(source: string): string {
  const lines = source.split(/\r?\n/);
  const rule = lines.findIndex((l) => l.trimEnd() === '---');
  return (rule >= 0 ? lines.slice(rule + 1) : lines).join('\n').trim();
}

/** A source.md for an article: its facts in the header, its text as the body. */
export function sourceFile(info: ArticleInfo, body: string, fiction = false): string {
  const facts = [info.outlet && `Outlet: ${info.outlet}.`, info.author && `Author: ${info.author}.`, info.date && `Date: ${info.date}.`]
    .filter(Boolean)
    .join(' ');
  const header = [
    `# ${info.title || 'Untitled article'}`,
    fiction ? 'FICTION. This article was made up for practice; nothing in it reports real events.' : '',
    facts,
  ]
    .filter(Boolean)
    .join('\n\n');
  // A `---` line inside the body would end the header early: the body's own rules become blank lines.
  const text = body
    .replace(/\r\n?/g, '\n')
    .replace(/^---\s*$/gm, '')
    .trim();
  return `${header}\n\n---\n\n${text}\n`;
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'BR', 'TR', 'FIGCAPTION', 'PRE']);
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'IMG',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'NAV',
  'FORM',
  'BUTTON',
]);

/** The minimal node shape the HTML reducer walks (a parsed document's, with no other DOM use). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/**
 * An HTML page's words as paragraphs: text only, scripts, styles, images and embeds dropped,
 * nothing run or fetched (the caller parses with an inert parser, DOMParser, whose documents
 * never load anything). One paragraph per block element.
 */
export function textOfHtml(root: TextNodeLike): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (n: TextNodeLike) => {
    if (n.nodeType === 3) {
      line += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9) return;
    const name = n.nodeName.toUpperCase();
    if (DROPPED.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join('\n\n');
}
