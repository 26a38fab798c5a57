/**
 * The model's patch is periodic (an island leaving one edge comes back on the other), so a
 * disc crossing an edge is drawn again, shifted by the patch size, where it re-enters.
 */
export function periodicShifts(xUm: number, yUm: number, rUm: number, patchUm: number): [number, number][] {
  const along = (c: number): number[] => {
    const out = [0];
    if (c - rUm < 0) out.push(patchUm);
    if (c + rUm > patchUm) out.push(-patchUm);
    return out;
  };
  const shifts: [number, number][] = [];
  for (const dx of along(xUm)) for (const dy of along(yUm)) shifts.push([dx, dy]);
  return shifts;
}
