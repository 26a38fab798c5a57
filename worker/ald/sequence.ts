import { ref, type MessageRef } from '../common/message-ref.ts';

/**
 * A recipe as a sequence of blocks: a run of one process (`{ process, cycles }`) or a
 * supercycle (`{ supercycle: [{ process, cycles }, …], repeats }`, e.g. LAS: one Li2S cycle then
 * four Al2S3 cycles, repeated). The one reader of sequences: links, set(), lessons and the worker
 * all parse them here, and all write them back in the same text form.
 *
 * Text form: blocks separated by commas; a run is `<process>*<cycles>`; a supercycle is its runs
 * in brackets followed by `*<repeats>`:  `al2o3*50,alucone-eg*50`  `(li2s*1,al2s3*4)*208`.
 */

export interface SequenceRun {
  process: string;
  cycles: number;
}
export interface SequenceSupercycle {
  supercycle: SequenceRun[];
  repeats: number;
}
export type SequenceBlock = SequenceRun | SequenceSupercycle;
export type Sequence = SequenceBlock[];

export const SEQUENCE_LIMITS = {
  /** Cycles of one run and repeats of one supercycle: whole numbers, clamped into this range. */
  count: { min: 1, max: 2000 },
  blocks: 12,
  runsPerSupercycle: 6,
  /** All cycles of a sequence together (a supercycle's sub-cycles count one each). */
  totalCycles: 5000,
} as const;

export type SequenceParse =
  | { ok: true; value: Sequence; text: string; clamped: boolean }
  | { ok: false; reason: MessageRef };

export function isSupercycle(block: SequenceBlock): block is SequenceSupercycle {
  return 'supercycle' in block;
}

/** Cycles a block takes, sub-cycles counted one each. */
export function blockCycles(block: SequenceBlock): number {
  return isSupercycle(block) ? block.repeats * block.supercycle.reduce((n, r) => n + r.cycles, 0) : block.cycles;
}

export function totalCycles(sequence: Sequence): number {
  return sequence.reduce((n, b) => n + blockCycles(b), 0);
}

/** The text form, always written the same way. */
export function formatSequence(sequence: Sequence): string {
  const run = (r: SequenceRun) => `${r.process}*${r.cycles}`;
  return sequence.map((b) => (isSupercycle(b) ? `(${b.supercycle.map(run).join(',')})*${b.repeats}` : run(b))).join(',');
}

/** A block's label: the run itself, or the supercycle's bracket without its repeats. */
export function blockLabel(block: SequenceBlock): string {
  return isSupercycle(block) ? `(${block.supercycle.map((r) => `${r.process}*${r.cycles}`).join(',')})` : block.process;
}

/** Every process a sequence uses, in order of first use. */
export function sequenceProcesses(sequence: Sequence): string[] {
  const ids: string[] = [];
  for (const b of sequence) for (const r of isSupercycle(b) ? b.supercycle : [b]) if (!ids.includes(r.process)) ids.push(r.process);
  return ids;
}

const show = (raw: unknown): string => {
  const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

class Bad {
  constructor(readonly reason: MessageRef) {}
}

/**
 * Reads a sequence from its text form (a link, a lesson) or from the host API's array form;
 * counts outside SEQUENCE_LIMITS.count are clamped (`clamped` says so); anything else wrong is
 * refused with a reason that names the offending part.
 */
export function parseSequence(raw: unknown, knownProcesses: readonly string[]): SequenceParse {
  let clamped = false;
  const count = (v: unknown, where: string): number => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new Bad(ref('aldModel.sequence.badCount', { value: show(v), where }));
    const { min, max } = SEQUENCE_LIMITS.count;
    const used = Math.min(max, Math.max(min, Math.round(n)));
    if (used !== n) clamped = true;
    return used;
  };
  const process = (v: unknown): string => {
    const id = typeof v === 'string' ? v.trim().toLowerCase() : '';
    if (!knownProcesses.includes(id)) {
      throw new Bad(ref('aldModel.sequence.unknownProcess', { value: show(v), known: knownProcesses.join(', ') }));
    }
    return id;
  };
  const runFromText = (text: string): SequenceRun => {
    const m = /^\s*([^*()\s]+)\s*\*\s*([^*()]*?)\s*$/.exec(text);
    if (!m) throw new Bad(ref('aldModel.sequence.badRun', { value: show(text) }));
    return { process: process(m[1]), cycles: count(m[2], show(text)) };
  };
  const runFromObject = (v: unknown): SequenceRun => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Bad(ref('aldModel.sequence.badRun', { value: show(v) }));
    const o = v as Record<string, unknown>;
    return { process: process(o.process), cycles: count(o.cycles, show(v)) };
  };
  const supercycle = (runs: SequenceRun[], repeats: number, where: string): SequenceSupercycle => {
    if (runs.length === 0 || runs.length > SEQUENCE_LIMITS.runsPerSupercycle) {
      throw new Bad(ref('aldModel.sequence.supercycleSize', { value: where, max: SEQUENCE_LIMITS.runsPerSupercycle }));
    }
    return { supercycle: runs, repeats };
  };

  try {
    let sequence: Sequence;
    if (typeof raw === 'string') {
      sequence = [];
      const text = raw.trim();
      if (text === '') throw new Bad(ref('aldModel.sequence.empty'));
      // Split at top-level commas only: commas inside a supercycle's brackets separate its runs.
      let depth = 0;
      let start = 0;
      const parts: string[] = [];
      for (let i = 0; i <= text.length; i++) {
        const c = text[i];
        if (c === '(') depth++;
        else if (c === ')') depth--;
        if (depth < 0 || depth > 1) throw new Bad(ref('aldModel.sequence.brackets', { value: show(raw) }));
        if (i === text.length || (c === ',' && depth === 0)) {
          parts.push(text.slice(start, i));
          start = i + 1;
        }
      }
      if (depth !== 0) throw new Bad(ref('aldModel.sequence.brackets', { value: show(raw) }));
      for (const part of parts) {
        const m = /^\s*\(([^()]*)\)\s*\*\s*([^*()]*?)\s*$/.exec(part);
        if (m) sequence.push(supercycle(m[1].split(',').map(runFromText), count(m[2], show(part)), show(part)));
        else if (part.includes('(') || part.includes(')')) throw new Bad(ref('aldModel.sequence.badSupercycle', { value: show(part) }));
        else sequence.push(runFromText(part));
      }
    } else if (Array.isArray(raw)) {
      if (raw.length === 0) throw new Bad(ref('aldModel.sequence.empty'));
      sequence = raw.map((b): SequenceBlock => {
        if (typeof b === 'object' && b !== null && 'supercycle' in b) {
          const o = b as Record<string, unknown>;
          if (!Array.isArray(o.supercycle)) throw new Bad(ref('aldModel.sequence.badSupercycle', { value: show(b) }));
          return supercycle(o.supercycle.map(runFromObject), count(o.repeats, show(b)), show(b));
        }
        return runFromObject(b);
      });
    } else {
      throw new Bad(ref('aldModel.sequence.notSequence', { value: show(raw) }));
    }
    if (sequence.length > SEQUENCE_LIMITS.blocks) {
      throw new Bad(ref('aldModel.sequence.tooManyBlocks', { count: sequence.length, max: SEQUENCE_LIMITS.blocks }));
    }
    const total = totalCycles(sequence);
    if (total > SEQUENCE_LIMITS.totalCycles) {
      throw new Bad(ref('aldModel.sequence.tooLong', { total, max: SEQUENCE_LIMITS.totalCycles }));
    }
    const text = formatSequence(sequence);
    // Written differently from the canonical form (spaces, capitals, an array) is not a clamp.
    return { ok: true, value: sequence, text, clamped };
  } catch (e) {
    if (e instanceof Bad) return { ok: false, reason: e.reason };
    throw e;
  }
}

/**
 * Where each cycle of a sequence belongs: its block, the process it runs, and (in a supercycle)
 * which run. Cycle k is 0-based. An open-ended plan (a single process, the `process` key) has one
 * block that never ends.
 */
export class SequencePlan {
  readonly sequence: Sequence;
  /** Processes in order of first use; cycles refer to them by index. */
  readonly processIds: string[];
  readonly total: number;
  /** First cycle of each block. */
  readonly blockStart: number[];
  private readonly cycleProcess: Uint8Array;
  private readonly cycleBlock: Uint8Array;

  private constructor(sequence: Sequence, openEnded: boolean) {
    this.sequence = sequence;
    this.processIds = sequenceProcesses(sequence);
    this.total = openEnded ? Infinity : totalCycles(sequence);
    const n = openEnded ? 0 : this.total;
    this.cycleProcess = new Uint8Array(n);
    this.cycleBlock = new Uint8Array(n);
    this.blockStart = [];
    let k = 0;
    sequence.forEach((b, blockIndex) => {
      this.blockStart.push(k);
      if (openEnded) return;
      const runs = isSupercycle(b) ? b.supercycle : [b];
      const repeats = isSupercycle(b) ? b.repeats : 1;
      for (let r = 0; r < repeats; r++) {
        for (const run of runs) {
          const p = this.processIds.indexOf(run.process);
          for (let c = 0; c < run.cycles; c++, k++) {
            this.cycleProcess[k] = p;
            this.cycleBlock[k] = blockIndex;
          }
        }
      }
    });
  }

  static single(processId: string): SequencePlan {
    return new SequencePlan([{ process: processId, cycles: Infinity }], true);
  }

  static of(sequence: Sequence): SequencePlan {
    return new SequencePlan(sequence, false);
  }

  get openEnded(): boolean {
    return this.total === Infinity;
  }

  /** Index into processIds of the process cycle k runs (the last block's past the end). */
  processIndex(cycle: number): number {
    if (this.openEnded) return 0;
    return this.cycleProcess[Math.min(Math.max(0, cycle), this.total - 1)]!;
  }

  blockIndex(cycle: number): number {
    if (this.openEnded) return 0;
    return this.cycleBlock[Math.min(Math.max(0, cycle), this.total - 1)]!;
  }
}
