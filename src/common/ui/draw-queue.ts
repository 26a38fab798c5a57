/**
 * Runs expensive redraws one per task, so a burst of updates (every view of a screen at
 * once) never blocks the main thread for long. A view asking again before its turn is
 * drawn once, with its latest state.
 */
const pending = new Map<object, () => void>();
let scheduled = false;

function runOne(): void {
  const next = pending.entries().next();
  if (next.done) {
    scheduled = false;
    return;
  }
  const [owner, draw] = next.value;
  pending.delete(owner);
  try {
    draw();
  } finally {
    // One view's failure must not stop every other view from drawing.
    setTimeout(runOne, 0);
  }
}

export function queueDraw(owner: object, draw: () => void): void {
  pending.set(owner, draw);
  if (scheduled) return;
  scheduled = true;
  setTimeout(runOne, 0);
}
