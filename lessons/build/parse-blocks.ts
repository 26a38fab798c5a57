import type { BlockContent, DefinitionContent, List, RootContent } from 'mdast';
import type { Block, Inline } from './lesson-types.ts';
import { lineOf, toInline, type InlineContext } from './inline.ts';

/** Where blocks sit: each place allows a different set of them. */
export type BlockPlace = 'intro' | 'step' | 'teacher' | 'guide';

/** The fenced blocks a lesson step holds; the caller turns them into a sim or a question. */
export interface Fence {
  lang: 'sim' | 'question';
  text: string;
  /** File line of the opening fence. */
  line: number;
}

export interface BlockContext extends InlineContext {
  /** Called for a `sim` or `question` fence in a step; returns the block to keep, if any. */
  fence(f: Fence): Block | null;
}

const TEACHER = /^\[!teacher\][ \t]*(?:\n|$)/;

type Node = RootContent | BlockContent | DefinitionContent;

/** Converts markdown blocks into the compiled form, reporting whatever the lesson format does not allow. */
export function toBlocks(nodes: readonly Node[], place: BlockPlace, fallbackLine: number, ctx: BlockContext): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    const line = lineOf(node, fallbackLine);
    const block = toBlock(node, place, line, ctx);
    if (block) out.push(block);
  }
  return out;
}

function toBlock(node: Node, place: BlockPlace, line: number, ctx: BlockContext): Block | null {
  switch (node.type) {
    case 'paragraph':
      return { k: 'p', c: toInline(node.children, line, ctx) };
    case 'heading':
      // The guide's ## sections sit under its title as a lesson's ### sit under a step.
      if (node.depth === (place === 'guide' ? 2 : 3) && place !== 'teacher') return { k: 'h3', c: toInline(node.children, line, ctx) };
      ctx.problem(line, `${'#'.repeat(node.depth)} heading is not allowed here; ${place === 'guide' ? 'the teacher guide uses ## headings' : 'steps are ## and sub-headings ###'}`);
      return null;
    case 'list':
      return list(node, line, ctx);
    case 'blockquote':
      return teacherNote(node.children, place, line, ctx);
    case 'code': {
      if ((node.lang === 'sim' || node.lang === 'question') && place === 'step') return ctx.fence({ lang: node.lang, text: node.value, line });
      const where = place === 'step' ? '' : ` in ${place === 'intro' ? 'the introduction (before the first step)' : place === 'teacher' ? 'a teacher note' : 'the teacher guide'}`;
      ctx.problem(line, `\`\`\`${node.lang ?? ''} block is not allowed${where}; a step may hold \`\`\`sim and \`\`\`question blocks`);
      return null;
    }
    case 'table':
      if (place !== 'guide') {
        ctx.problem(line, 'tables are allowed only in the teacher guide');
        return null;
      }
      return {
        k: 'table',
        head: (node.children[0]?.children ?? []).map((cell) => toInline(cell.children, line, ctx)),
        rows: node.children.slice(1).map((row) => row.children.map((cell) => toInline(cell.children, lineOf(row, line), ctx))),
      };
    case 'html':
      ctx.problem(line, `raw HTML ${JSON.stringify(node.value.slice(0, 40))} is not allowed; use markdown`);
      return null;
    case 'definition':
      ctx.problem(line, `[${node.label ?? node.identifier}]: link definitions are not allowed; write [text](https://…)`);
      return null;
    default:
      ctx.problem(line, `${node.type} is not allowed in a lesson`);
      return null;
  }
}

function list(node: List, line: number, ctx: BlockContext): Block | null {
  const items: Inline[][] = [];
  for (const item of node.children) {
    const at = lineOf(item, line);
    const [first, ...rest] = item.children;
    if (rest.length > 0 || (first && first.type !== 'paragraph')) {
      ctx.problem(at, 'list items hold one paragraph each (lists have one level)');
    }
    items.push(first?.type === 'paragraph' ? toInline(first.children, at, ctx) : []);
  }
  return { k: node.ordered ? 'ol' : 'ul', items };
}

function teacherNote(children: readonly Node[], place: BlockPlace, line: number, ctx: BlockContext): Block | null {
  const [first, ...rest] = children;
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (!first || first.type !== 'paragraph' || lead?.type !== 'text' || !TEACHER.test(lead.value)) {
    ctx.problem(line, 'a blockquote must be a teacher note starting with > [!teacher]');
    return null;
  }
  if (place === 'teacher' || place === 'guide') {
    ctx.problem(line, place === 'guide' ? 'teacher notes are for lessons; the whole guide is for teachers' : 'teacher notes do not nest');
    return null;
  }
  const remainder = lead.value.replace(TEACHER, '');
  const opening = remainder === '' && first.children.length === 1 ? [] : [{ ...first, children: [{ ...lead, value: remainder }, ...first.children.slice(1)] }];
  const blocks: Block[] = [];
  for (const node of [...opening, ...rest]) {
    const at = lineOf(node, line);
    if (node.type !== 'paragraph' && node.type !== 'list') {
      ctx.problem(at, `${node.type === 'code' ? `\`\`\`${node.lang ?? ''} block` : node.type} is not allowed in a teacher note (paragraphs and lists only)`);
      continue;
    }
    const block = toBlock(node, 'teacher', at, ctx);
    if (block) blocks.push(block);
  }
  if (blocks.length === 0) ctx.problem(line, 'teacher note is empty');
  return { k: 'teacher', blocks };
}
