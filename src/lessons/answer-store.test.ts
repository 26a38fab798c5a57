import { describe, expect, it } from 'vitest';
import { AnswerStore, type KeyValueStorage } from './answer-store.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const answer = { step: 2, answer: 1, correct: true, at: '2026-12-02T00:00:00.000Z' };

describe('AnswerStore', () => {
  it('keeps answers across instances (a reload) per lesson and version', () => {
    const storage = memoryStorage();
    new AnswerStore(storage).save('l', 1, { answers: { q: answer }, met: ['s'] });
    const again = new AnswerStore(storage);
    expect(again.load('l', 1)).toEqual({ answers: { q: answer }, met: ['s'] });
    expect(again.load('l', 2)).toEqual({ answers: {}, met: [] });
  });

  it('clear forgets the lesson version only', () => {
    const storage = memoryStorage();
    const store = new AnswerStore(storage);
    store.save('l', 1, { answers: { q: answer }, met: [] });
    store.save('m', 1, { answers: { q: answer }, met: [] });
    store.clear('l', 1);
    expect(new AnswerStore(storage).load('l', 1).answers).toEqual({});
    expect(new AnswerStore(storage).load('m', 1).answers).toEqual({ q: answer });
  });

  it('works in memory when storage throws, and survives corrupt data', () => {
    const broken: KeyValueStorage = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const store = new AnswerStore(broken);
    expect(store.load('l', 1)).toEqual({ answers: {}, met: [] });
    store.save('l', 1, { answers: { q: answer }, met: [] });
    expect(store.load('l', 1).answers.q).toEqual(answer);
  });
});
