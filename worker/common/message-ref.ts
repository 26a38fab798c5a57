/**
 * Words the models hand to the views: a catalogue key and the values it needs. The worker never
 * writes prose; the main thread turns a ref into text in the reader's language.
 */
export interface MessageRef {
  key: string;
  params?: Record<string, MessageParam>;
}

export type MessageParam = string | number | MessageRef;

export function ref(key: string, params?: Record<string, MessageParam>): MessageRef {
  return params ? { key, params } : { key };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as MessageRef).key === 'string';
}
