import type { PhrasingContent } from 'mdast';
import type { Inline } from './lesson-types.ts';

/** What inline conversion needs to know and where it reports. */
export interface InlineContext {
  /** Source ids a `[id]` may name; null where citations are not allowed (the teacher guide). */
  sources: ReadonlySet<string> | null;
  problem(line: number, message: string): void;
  /** Citations met, so the caller can tell which sources are never cited. */
  cited: Set<string>;
}

/** `[puurunen2005]` in running text; anything bracketed that looks like an id is taken for one. */
const CITATION = /\[([A-Za-z0-9][A-Za-z0-9_-]*)\]/g;
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * A soft line break is a space in Latin text but nothing between two Chinese characters, where a
 * browser would otherwise show a stray space.
 */
export function joinLines(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (_m, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + _m.length);
    return CJK.test(before) && CJK.test(after) ? '' : ' ';
  });
}

export function lineOf(node: { position?: { start: { line: number } } }, fallback: number): number {
  return node.position?.start.line ?? fallback;
}

/** Adjacent strings merged, so the compiled form is as small as the text. */
function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (typeof last === 'string') out[out.length - 1] = last + text;
  else out.push(text);
}

function textWithCitations(out: Inline[], text: string, line: number, ctx: InlineContext): void {
  let from = 0;
  for (const m of text.matchAll(CITATION)) {
    const id = m[1]!;
    pushText(out, joinLines(text.slice(from, m.index)));
    from = m.index + m[0].length;
    if (ctx.sources === null) {
      ctx.problem(line, `[${id}]: citations need a source list; write the reference out in this file`);
    } else if (!ctx.sources.has(id)) {
      ctx.problem(line, `[${id}]: cites no source of this lesson (sources: ${[...ctx.sources].join(', ') || 'none'})`);
    } else {
      ctx.cited.add(id);
    }
    out.push({ k: 'cite', id });
  }
  pushText(out, joinLines(text.slice(from)));
}

/** Converts markdown inline content; anything outside the lesson format is reported, not passed on. */
export function toInline(nodes: readonly PhrasingContent[], line: number, ctx: InlineContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const at = lineOf(node, line);
    switch (node.type) {
      case 'text':
        textWithCitations(out, node.value, at, ctx);
        break;
      case 'strong':
        out.push({ k: 'b', c: toInline(node.children, at, ctx) });
        break;
      case 'emphasis':
        out.push({ k: 'i', c: toInline(node.children, at, ctx) });
        break;
      case 'inlineCode':
        out.push({ k: 'code', c: [node.value] });
        break;
      case 'break':
        pushText(out, ' ');
        break;
      case 'link':
        if (!/^https:\/\/[^\s]+$/.test(node.url)) ctx.problem(at, `link ${JSON.stringify(node.url)}: only https:// links are allowed`);
        out.push({ k: 'a', href: node.url, c: toInline(node.children, at, ctx) });
        break;
      case 'html':
        ctx.problem(at, `raw HTML ${JSON.stringify(node.value)} is not allowed; use markdown`);
        break;
      case 'image':
      case 'imageReference':
        ctx.problem(at, 'images are not allowed in lessons');
        break;
      case 'linkReference':
        ctx.problem(at, `[${node.label ?? node.identifier}]: reference links are not allowed; write [text](https://…)`);
        break;
      default:
        ctx.problem(at, `${node.type} is not allowed in lesson text`);
    }
  }
  return out;
}
