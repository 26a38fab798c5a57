/**
 * The compiled form of a lesson: what the build plugin emits and the player reads. The app never
 * parses markdown; every piece of text is a plain string or a typed node, never HTML.
 */

export type LessonLocale = 'en' | 'zh-CN';
export const LESSON_LOCALES: readonly LessonLocale[] = ['en', 'zh-CN'];

export type Level = 'introductory' | 'intermediate' | 'advanced';

/**
 * The view a step points at; the player scrolls it into view and highlights it. The ids are
 * listed once, in lessons/schema.json ($defs.look), and checked at build time.
 */
export type LookId = string;

export type Inline =
  | string
  | { k: 'b' | 'i' | 'code'; c: Inline[] }
  | { k: 'a'; href: string; c: Inline[] }
  | { k: 'cite'; id: string };

export type Block =
  | { k: 'p'; c: Inline[] }
  | { k: 'h3'; c: Inline[] }
  | { k: 'ul' | 'ol'; items: Inline[][] }
  /** Teacher guide only. */
  | { k: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { k: 'teacher'; blocks: Block[] }
  | { k: 'question'; q: Question };

export interface Question {
  id: string;
  type: 'choice' | 'numeric' | 'text';
  prompt: Inline[];
  choices?: Inline[][];
  answer?: number;
  tolerance?: number;
  unit?: string;
  feedback?: Inline[][];
  modelAnswer: Inline[];
}

export type Condition =
  | { key: string; equals?: unknown; atLeast?: number; atMost?: number; below?: number; above?: number; includes?: string }
  | { all: Condition[] }
  | { any: Condition[] };

export interface Sim {
  set?: Record<string, unknown>;
  run?: { cycles: number } | 'toEnd' | 'play';
  look?: LookId;
  waitFor?: Condition;
}

export interface Step {
  id: string;
  title: Inline[];
  blocks: Block[];
  sim?: Sim;
}

export interface Source {
  id: string;
  citation: string;
  doi?: string;
  url?: string;
}

export interface Lesson {
  id: string;
  version: number;
  locale: LessonLocale;
  title: string;
  level: Level;
  minutes: number;
  learningGoals: Inline[][];
  sources: Source[];
  intro: Block[];
  steps: Step[];
}

export interface LessonSummary {
  id: string;
  version: number;
  level: Level;
  minutes: number;
  title: Record<LessonLocale, string>;
  steps: number;
}

export interface TeacherGuide {
  locale: LessonLocale;
  title: string;
  blocks: Block[];
}
