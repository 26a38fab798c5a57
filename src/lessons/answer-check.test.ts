import { describe, expect, it } from 'vitest';
import { checkAnswer } from './answer-check.ts';

const base = { id: 'q', prompt: ['?'], modelAnswer: ['!'] };

describe('checkAnswer', () => {
  it('a choice is right only at the answer index', () => {
    const q = { ...base, type: 'choice' as const, choices: [['a'], ['b']], answer: 1 };
    expect(checkAnswer(q, 1)).toBe(true);
    expect(checkAnswer(q, 0)).toBe(false);
  });
  it('a number is right within the tolerance, either side', () => {
    const q = { ...base, type: 'numeric' as const, answer: 1.3, tolerance: 0.2, unit: 'Å/cycle' };
    expect(checkAnswer(q, 1.49)).toBe(true);
    expect(checkAnswer(q, 1.11)).toBe(true);
    expect(checkAnswer(q, 1.6)).toBe(false);
    expect(checkAnswer(q, Number.NaN)).toBe(false);
  });
  it('free text is for the teacher: neither right nor wrong', () => {
    expect(checkAnswer({ ...base, type: 'text' as const }, 'because')).toBeNull();
  });
});
