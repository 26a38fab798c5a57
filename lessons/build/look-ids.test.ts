import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import schema from '../schema.json' with { type: 'json' };

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every `data-look="…"` id the views mark (a space-separated list each). */
function markedLooks(): Set<string> {
  const found = new Set<string>();
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    for (const m of readFileSync(join(SRC, file), 'utf8').matchAll(/data-look="([a-z0-9 -]+)"/g)) for (const id of m[1]!.split(' ')) found.add(id);
  }
  return found;
}

describe('look ids', () => {
  it('every id lessons/schema.json allows is a view some screen marks with data-look, and no other', () => {
    expect([...markedLooks()].sort()).toEqual([...schema.$defs.look.enum].sort());
  });
});
