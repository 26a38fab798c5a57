import type { Color, Matrix4 } from 'three';

/**
 * A preallocated list of instance matrices and colours. The scene hands in the arrays of
 * its InstancedMesh attributes, tests give none and get plain arrays: same writer code.
 */
export class InstanceBuffer {
  readonly capacity: number;
  readonly matrices: Float32Array;
  readonly colors: Float32Array;
  count = 0;
  /** Instances refused because the buffer was full (should stay 0). */
  dropped = 0;

  constructor(capacity: number, matrices?: Float32Array, colors?: Float32Array) {
    this.capacity = capacity;
    this.matrices = matrices ?? new Float32Array(capacity * 16);
    this.colors = colors ?? new Float32Array(capacity * 3);
  }

  clear(): void {
    this.count = 0;
    this.dropped = 0;
  }

  push(matrix: Matrix4, color: Color): void {
    if (this.count >= this.capacity) {
      this.dropped += 1;
      return;
    }
    matrix.toArray(this.matrices, this.count * 16);
    color.toArray(this.colors, this.count * 3);
    this.count += 1;
  }
}

/** The scene's instanced layers; each one is one draw call. */
export const LAYER_KEYS = ['sites', 'blocked', 'film', 'heavyAtoms', 'hydrogens', 'bonds', 'cvd'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
export type FrameBuffers = Record<LayerKey, InstanceBuffer>;
