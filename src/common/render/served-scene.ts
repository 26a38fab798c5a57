import type { OrbitElement } from './orbit-element.ts';
import type { OrbitKeyAction } from './orbit-keys.ts';
import type { RenderHost } from './renderer-host.ts';

/** What a render server gives the scene it builds. `E` is what the scene reports to the page. */
export interface SceneContext<E> {
  host: RenderHost;
  /** Where the page's pointer and wheel events are replayed, for OrbitControls. */
  element: OrbitElement;
  emit(event: E): void;
}

/** A 3D scene as a render server runs it: inputs in, frames out. `I` is what the page sends. */
export interface ServedScene<I> {
  input(value: I): void;
  /** An orbit key the page has already recognised (orbit-keys.ts). */
  key(action: OrbitKeyAction): void;
  dispose(): void;
}

export type SceneFactory<I, E> = (context: SceneContext<E>) => ServedScene<I>;
