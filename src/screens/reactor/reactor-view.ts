import { CONTEXT_LOST_MESSAGE, createRenderHost, type RenderStats } from '../../common/render/renderer-host.ts';
import type { ThemeTokens } from '../../common/theme.ts';
import type { AldSnapshot, ProcessDefinition } from '../../../worker/ald/types.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import { ReactorScene } from './view/reactor-scene.ts';
import { cvdLegend, elementLegend, siteLegend } from './view/legend.ts';

export interface LegendItem {
  label: string;
  /** What the colour stands for, as a tooltip; element entries need none. */
  description?: string;
  color: string;
}

export interface ViewInput {
  process: ProcessDefinition;
  theme: ThemeTokens;
  previous: AldSnapshot | null;
  snapshot: AldSnapshot | null;
  phase: number;
}

/**
 * Links the screen to the 3D scene: builds the renderer, turns its status into a message for
 * the user, and passes on only what changed.
 */
export class ReactorView {
  #scene: ReactorScene | null = null;
  #process: ProcessDefinition | null = null;
  #theme: ThemeTokens | null = null;
  #last: { previous: AldSnapshot | null; snapshot: AldSnapshot | null; phase: number } | null = null;

  readonly #onScale: (scale: number) => void;

  constructor(
    canvas: HTMLCanvasElement,
    options: { onMessage: (message: MessageRef | null) => void; onFilmScale: (scale: number) => void },
  ) {
    this.#onScale = options.onFilmScale;
    const result = createRenderHost(canvas, {
      onStatus: (status) => options.onMessage(status === 'context-lost' ? CONTEXT_LOST_MESSAGE : null),
    });
    if (!result.ok) {
      options.onMessage(result.message);
      return;
    }
    this.#scene = new ReactorScene(result.host);
  }

  get available(): boolean {
    return this.#scene !== null;
  }

  show(input: ViewInput): void {
    const scene = this.#scene;
    if (!scene) return;
    if (input.process !== this.#process) {
      this.#process = input.process;
      scene.setProcess(input.process);
    }
    if (input.theme !== this.#theme) {
      this.#theme = input.theme;
      scene.setTheme(input.theme);
    }
    const last = this.#last;
    if (!input.snapshot) return;
    if (last && last.snapshot === input.snapshot && last.previous === input.previous && last.phase === input.phase) return;
    this.#last = { previous: input.previous, snapshot: input.snapshot, phase: input.phase };
    scene.showTransition(input.previous, input.snapshot, input.phase);
    this.#onScale(scene.filmVerticalScale);
  }

  /** Arrow keys orbit, + and - zoom, Home resets the camera. */
  handleKey(key: string): boolean {
    return this.#scene?.handleKey(key) ?? false;
  }

  /** In the locale on screen: call it at render time. */
  legend(process: ProcessDefinition | undefined, theme: ThemeTokens): LegendItem[] {
    if (!process) return [];
    const elements = elementLegend(process, theme).map((e) => ({ label: `${e.el} ${e.name}`, color: e.color }));
    const sites = siteLegend(theme).map((s) => ({ label: s.label, description: s.description, color: s.color }));
    return [...sites, { ...cvdLegend(), color: theme.cvd }, ...elements];
  }

  stats(): RenderStats | null {
    return this.#scene?.stats() ?? null;
  }

  dispose(): void {
    this.#scene?.dispose();
    this.#scene = null;
  }
}
