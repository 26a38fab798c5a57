import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { KeyPath } from './schema-check.ts';
import { toInline, type InlineContext } from './inline.ts';
import type { Inline } from './lesson-types.ts';

/** Markdown as an AST with line numbers; tables are recognised so a stray one can be named. */
export function markdownTree(text: string): Root {
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

export interface Split {
  /** The YAML between the `---` lines, or null when the file has none. */
  frontMatter: string | null;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
}

export function splitFrontMatter(text: string): Split {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { frontMatter: null, body: text, bodyLine: 1 };
  return { frontMatter: m[1]!, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** The body's markdown tree, with the lines of the whole file (the front matter is above it). */
export function bodyTree(split: Split): Root {
  const tree = markdownTree(split.body);
  shiftLines(tree.children, split.bodyLine - 1);
  return tree;
}

function shiftLines(nodes: readonly { position?: { start: { line: number }; end: { line: number } }; children?: unknown }[], by: number): void {
  for (const n of nodes) {
    if (n.position) {
      n.position.start.line += by;
      n.position.end.line += by;
    }
    if (Array.isArray(n.children)) shiftLines(n.children, by);
  }
}

/** A YAML document that knows the file lines of its keys. */
export interface YamlSource {
  value: unknown;
  /** File line of a key (the nearest key that exists, for a missing one). */
  lineOf(path: KeyPath): number;
}

/**
 * Parses YAML that starts on `firstLine` of the file; syntax errors go to `problem` with their
 * line, and the value is null then.
 */
export function parseYaml(text: string, firstLine: number, problem: (line: number, message: string) => void, what: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => firstLine + counter.linePos(offset).line - 1;
  const lineOf = (path: KeyPath) => keyLine(doc, path, line) ?? firstLine;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problem(line(e.pos[0]), `${what}: malformed YAML: ${e.message.split('\n')[0]}`);
    return { value: null, lineOf };
  }
  return { value: doc.toJS(), lineOf };
}

function keyLine(doc: Document, path: KeyPath, line: (offset: number) => number): number | null {
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const last = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isScalar(pair.key) && pair.key.range) return line(pair.key.range[0]);
    } else {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return line(node.range[0]);
    }
  }
  return doc.contents?.range ? line(doc.contents.range[0]) : null;
}

/**
 * One string of a front-matter or question field, read as inline markdown (bold, links,
 * citations); a second paragraph, a list or a heading in it is reported.
 */
export function inlineField(text: string, line: number, ctx: InlineContext, what: string): Inline[] {
  const tree = markdownTree(text);
  const [first, ...rest] = tree.children;
  if (rest.length > 0 || (first && first.type !== 'paragraph')) {
    ctx.problem(line, `${what}: must be one paragraph of plain text`);
  }
  return first?.type === 'paragraph' ? toInline(first.children, line, { ...ctx, problem: (_l, m) => ctx.problem(line, m) }) : [];
}

/**
 * File lines of every key and item of a JSON block that JSON.parse accepted, so a problem in a
 * sim block points at its own line; a path not found falls back to its nearest ancestor.
 */
export function jsonLines(json: string, firstLine: number): (path: KeyPath) => number {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = firstLine;
  const skip = () => {
    while (pos < json.length && /\s/.test(json[pos]!)) if (json[pos++] === '\n') line++;
  };
  const string = () => {
    const start = pos++;
    while (json[pos] !== '"') pos += json[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(json.slice(start, pos)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const open = json[pos];
    if (open === '{' || open === '[') {
      pos++;
      for (let i = 0; ; i++) {
        skip();
        if (json[pos] === '}' || json[pos] === ']') break;
        if (open === '{') {
          const key = string();
          skip();
          pos++; // the colon
          value(`${path}/${key}`);
        } else value(`${path}/${i}`);
        skip();
        if (json[pos] === ',') pos++;
      }
      pos++;
    } else if (open === '"') string();
    else while (pos < json.length && !/[\s,\]}]/.test(json[pos]!)) pos++;
  };
  value('');
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const found = lines.get(path.slice(0, n).map((p) => `/${p}`).join(''));
      if (found !== undefined) return found;
    }
    return firstLine;
  };
}
