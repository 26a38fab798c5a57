import type { Inline } from '../../lessons/build/lesson-types.ts';

/** A lesson's marked-up text as plain text (exports, accessible names); citations as [id]. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((n) => (typeof n === 'string' ? n : n.k === 'cite' ? `[${n.id}]` : inlineText(n.c))).join('');
}
