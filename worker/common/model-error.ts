import type { MessageParam, MessageRef } from './message-ref.ts';

/**
 * Input a model refuses, in words for the user. Only an error's message crosses the worker boundary, so the
 * message is the ref itself (key, then its values as JSON): readable in a console, and turned
 * back into a ref by modelErrorRef on the main thread, to be shown in the reader's language.
 */
export class ModelError extends Error {
  readonly ref: MessageRef;

  constructor(message: MessageRef) {
    super(message.params ? `${message.key} ${JSON.stringify(message.params)}` : message.key);
    this.name = 'ModelError';
    this.ref = message;
  }
}

const ENCODED = /^([a-z]\w*\.[\w.-]+)(?: (\{.*\}))?$/s;

/** The ref a ModelError carried (also after comlink rebuilt it as a plain Error), else null. */
export function modelErrorRef(error: unknown): MessageRef | null {
  if (error instanceof ModelError) return error.ref;
  const m = error instanceof Error ? ENCODED.exec(error.message) : null;
  if (!m) return null;
  if (m[2] === undefined) return { key: m[1]! };
  try {
    const params: unknown = JSON.parse(m[2]);
    return typeof params === 'object' && params !== null ? { key: m[1]!, params: params as Record<string, MessageParam> } : null;
  } catch {
    return null;
  }
}
