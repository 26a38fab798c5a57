import { describe, expect, it } from 'vitest';
import { AldModel } from './model.ts';
import { findProcess } from './processes.ts';
import { defaultRecipe } from './recipe.ts';

/** What the thickness chart's published line uses: the snapshot's GPC at the recipe's temperature. */
function publishedAt(id: string, temperatureC: number): number {
  const p = findProcess(id);
  const m = new AldModel(p, { ...defaultRecipe(p), temperatureC }, 1, { sizeX: 4, sizeY: 4 });
  return m.snapshot().publishedGpcNm[0]!;
}

describe('the published GPC a film is compared with follows the recipe temperature', () => {
  // Meng, Cao, Libera & Elam, Chem. Mater. 2017, 29, 9043 (abstract): 0.45 Å at 100 °C, 0.1 Å at 250 °C.
  it('Al2S3 passes through both of Meng 2017\'s points, within 0.005 Å', () => {
    expect(publishedAt('al2s3', 100) * 10).toBeCloseTo(0.45, 2);
    expect(publishedAt('al2s3', 250) * 10).toBeCloseTo(0.1, 2);
  });

  it('Al2S3 at 150 °C is below its 100 °C value and above its 250 °C value (Meng 2017: GPC falls with temperature)', () => {
    const mid = publishedAt('al2s3', 150);
    expect(mid).toBeLessThan(publishedAt('al2s3', 100) - 0.005);
    expect(mid).toBeGreaterThan(publishedAt('al2s3', 250) + 0.005);
  });

});
