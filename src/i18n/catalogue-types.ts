/**
 * A catalogue maps keys to messages: plain text, or a function of named values for text that
 * holds numbers or names. English (`en/`) is the source of truth; every other locale must have
 * the same keys with the same parameters, which the type checker enforces.
 */
export type Message = string | ((params: never) => string);

export type MessageTable = Record<string, Message>;

/** The same keys and parameters as an English table, with the locale's own words. */
export type Translation<T extends MessageTable> = {
  [K in keyof T]: T[K] extends (params: infer P) => string ? (params: P) => string : string;
};
