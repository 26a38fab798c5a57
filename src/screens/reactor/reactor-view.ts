import { orbitKeyAction } from '../../common/render/orbit-keys.ts';
import { RenderClient } from '../../common/render/render-client.ts';
import { statusMessage } from '../../common/render/render-messages.ts';
import type { RenderStats } from '../../common/render/render-protocol.ts';
import type { ThemeTokens } from '../../common/theme.ts';
import type { AldSnapshot, ProcessDefinition } from '../../../worker/ald/types.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import type { ReactorSceneInput } from './view/reactor-scene.ts';
import { cvdLegend, elementLegend, siteLegend } from './view/legend.ts';
import { filmColorHex, isLightColor } from './view/reactor-color-table.ts';
import { t } from '../../i18n/i18n.ts';

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
 * Links the screen to the 3D scene, which a render server draws (reactor-scene.ts): turns its
 * status into a message for the user, and passes on only what changed.
 */
export class ReactorView {
  #client: RenderClient<'reactor'> | null;
  #process: ProcessDefinition | null = null;
  #theme: ThemeTokens | null = null;
  #last: { previous: AldSnapshot | null; snapshot: AldSnapshot; phase: number } | null = null;

  constructor(
    canvas: HTMLCanvasElement,
    options: { onMessage: (message: MessageRef | null) => void; onFilmScale: (scale: number) => void },
  ) {
    this.#client = new RenderClient(canvas, 'reactor', {
      onStatus: (status) => options.onMessage(statusMessage(status)),
      onEvent: (event) => options.onFilmScale(event.filmVerticalScale),
    });
  }

  show(input: ViewInput): void {
    const client = this.#client;
    if (!client) return;
    const change: ReactorSceneInput = {};
    if (input.process !== this.#process) change.process = this.#process = input.process;
    if (input.theme !== this.#theme) change.theme = this.#theme = input.theme;
    const last = this.#last;
    if (input.snapshot) {
      // Snapshots are copied to the server once each; an animation then sends only its phase.
      if (!last || last.snapshot !== input.snapshot || last.previous !== input.previous) {
        change.snapshots = { previous: input.previous, next: input.snapshot };
        change.phase = input.phase;
      } else if (last.phase !== input.phase) {
        change.phase = input.phase;
      }
      this.#last = { previous: input.previous, snapshot: input.snapshot, phase: input.phase };
    }
    if (Object.keys(change).length > 0) client.input(change);
  }

  /** Arrow keys orbit, + and - zoom, Home resets the camera; false for any other key. */
  handleKey(key: string): boolean {
    const action = orbitKeyAction(key);
    if (!action || !this.#client || this.#client.status === 'no-webgl') return false;
    this.#client.key(action);
    return true;
  }

  /** In the locale on screen: call it at render time. */
  legend(process: ProcessDefinition | undefined, theme: ThemeTokens, films: readonly ProcessDefinition[] = []): LegendItem[] {
    if (!process) return [];
    // A film of several materials is drawn in bands, one colour per material.
    const light = isLightColor(theme.sceneBg);
    const bands = films.length > 1
      ? films.map((f) => ({ label: t('reactor.sequence.film', { coating: f.coating }), color: filmColorHex(f.id, light) ?? theme.substrate }))
      : [];
    const elements = elementLegend(process, theme).map((e) => ({ label: `${e.el} ${e.name}`, color: e.color }));
    const sites = siteLegend(theme).map((s) => ({ label: s.label, description: s.description, color: s.color }));
    return [...sites, { ...cvdLegend(), color: theme.cvd }, ...bands, ...elements];
  }

  stats(): RenderStats | null {
    return this.#client?.stats() ?? null;
  }

  dispose(): void {
    this.#client?.dispose();
    this.#client = null;
  }
}
