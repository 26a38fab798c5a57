import type { Block, Inline, LessonLocale, TeacherGuide } from './lesson-types.ts';
import type { FileProblems } from './problems.ts';
import { checkSchema } from './schema-check.ts';
import { bodyTree, parseYaml, splitFrontMatter } from './source-text.ts';
import { toBlocks } from './parse-blocks.ts';

export interface GuideSource {
  file: string;
  guide: TeacherGuide;
  /** Line of each `##` section and table, for the translation check. */
  outline: { kind: 'h3' | 'table'; columns: number; line: number }[];
}

/** The teacher guide: a title in the front matter, then `##` sections, lists and tables. */
export function parseGuide(text: string, locale: LessonLocale, problems: FileProblems): GuideSource {
  const split = splitFrontMatter(text);
  let title = '';
  if (split.frontMatter === null) problems.at(1, 'front matter is missing: the guide starts with ---, title: …, ---');
  else {
    const yaml = parseYaml(split.frontMatter, 2, (line, message) => problems.at(line, message), 'front matter');
    if (yaml.value !== null) {
      for (const issue of checkSchema('teacherGuideFrontMatter', yaml.value, '')) problems.at(yaml.lineOf(issue.path), issue.message);
      title = String((yaml.value as { title?: unknown }).title ?? '');
    }
  }
  const outline: GuideSource['outline'] = [];
  const blocks: Block[] = [];
  const ctx = { sources: null, cited: new Set<string>(), problem: (line: number, message: string) => problems.at(line, message), fence: () => null };
  for (const node of bodyTree(split).children) {
    const line = node.position?.start.line ?? split.bodyLine;
    const [block] = toBlocks([node], 'guide', line, ctx);
    if (!block) continue;
    blocks.push(block);
    if (block.k === 'h3' || block.k === 'table') outline.push({ kind: block.k, columns: block.k === 'table' ? block.head.length : 0, line });
  }
  return { file: problems.file, guide: { locale, title, blocks }, outline };
}

/** All text of the guide, link addresses included, for checking what it names. */
export function guideText(blocks: readonly Block[]): string {
  return blocks.map((b) => cells(b).map(inlineText).join('\n')).join('\n');
}

/** Words inside the guide's code spans: where URL keys and values are written. */
export function guideCodeWords(blocks: readonly Block[]): Set<string> {
  const words = new Set<string>();
  const walk = (c: readonly Inline[]): void => {
    for (const n of c) {
      if (typeof n === 'string' || n.k === 'cite') continue;
      if (n.k === 'code') for (const w of n.c.join('').split(/[^A-Za-z0-9-]+/)) words.add(w);
      else walk(n.c);
    }
  };
  for (const b of blocks) cells(b).forEach(walk);
  return words;
}

function cells(b: Block): Inline[][] {
  switch (b.k) {
    case 'p':
    case 'h3':
      return [b.c];
    case 'ul':
    case 'ol':
      return b.items;
    case 'table':
      return [...b.head, ...b.rows.flat()];
    case 'teacher':
      return b.blocks.flatMap(cells);
    case 'question':
      return [];
  }
}

function inlineText(c: readonly Inline[]): string {
  return c.map((n) => (typeof n === 'string' ? n : n.k === 'cite' ? n.id : n.k === 'a' ? `${n.href} ${inlineText(n.c)}` : inlineText(n.c))).join('');
}
