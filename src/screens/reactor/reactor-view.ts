import { createRenderHost, type RenderStats } from '../../common/render/renderer-host.ts';
import { KEY_ZOOM_FACTOR, orbitKeyAction } from '../../common/render/orbit-keys.ts';
import type { ThemeTokens } from '../../common/theme.ts';
import type { AldSnapshot, ProcessDefinition } from '../../../worker/ald/types.ts';
import { ReactorScene } from './view/reactor-scene.ts';
import { elementLegend, siteLegend, EXTRA_LEGEND } from './view/legend.ts';

export interface LegendItem {
  label: string;
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
    options: { onMessage: (message: string) => void; onFilmScale: (scale: number) => void },
  ) {
    this.#onScale = options.onFilmScale;
    const result = createRenderHost(canvas, {
      onStatus: (status) =>
        options.onMessage(status === 'context-lost' ? 'The graphics context was lost. Restoring the 3D view…' : ''),
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
    const scene = this.#scene;
    const action = orbitKeyAction(key);
    if (!scene || !action) return false;
    if (action.kind === 'orbit') scene.orbitBy(action.azimuthRad, action.polarRad);
    else if (action.kind === 'zoom') scene.zoomBy(action.closer ? KEY_ZOOM_FACTOR : 1 / KEY_ZOOM_FACTOR);
    else scene.resetView();
    return true;
  }

  legend(process: ProcessDefinition | undefined, theme: ThemeTokens): LegendItem[] {
    if (!process) return [];
    const elements = elementLegend(process, theme).map((e) => ({ label: `${e.el} ${e.name}`, color: e.color }));
    const sites = siteLegend(theme).map((s) => ({ label: s.label, color: s.color }));
    return [...sites, { label: EXTRA_LEGEND.cvd.label, color: theme.cvd }, ...elements];
  }

  stats(): RenderStats | null {
    return this.#scene?.stats() ?? null;
  }

  dispose(): void {
    this.#scene?.dispose();
    this.#scene = null;
  }
}
