import type { PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { KEY_ZOOM_FACTOR, type OrbitKeyAction } from './orbit-keys.ts';
import type { OrbitElement } from './orbit-element.ts';

export interface OrbitOptions {
  /** Polar limits (rad from the camera's up axis): short of the poles keeps "up" the surface normal. */
  minPolarAngle: number;
  maxPolarAngle: number;
  pan: boolean;
  /** Called on every camera move, to draw a frame. */
  onChange: () => void;
  /** Called when the user starts dragging, pinching or wheeling. */
  onUserMove?: () => void;
}

/**
 * Mouse/touch orbit plus the keyboard steps of orbit-keys.ts, one setup for every 3D view. No
 * damping: damping needs a frame loop, and these views draw only when something changed. The
 * page forwards its canvas's pointer events to `element` (render-client.ts).
 */
export class SceneOrbit {
  private readonly controls: OrbitControls;
  private readonly homePosition: Vector3;
  private readonly homeTarget: Vector3;

  constructor(camera: PerspectiveCamera, element: OrbitElement, options: OrbitOptions) {
    // OrbitElement has every member of HTMLElement that OrbitControls uses.
    this.controls = new OrbitControls(camera, element as unknown as HTMLElement);
    this.controls.enableDamping = false;
    this.controls.enablePan = options.pan;
    this.controls.minPolarAngle = options.minPolarAngle;
    this.controls.maxPolarAngle = options.maxPolarAngle;
    this.controls.addEventListener('change', options.onChange);
    if (options.onUserMove) this.controls.addEventListener('start', options.onUserMove);
    this.homePosition = camera.position.clone();
    this.homeTarget = this.controls.target.clone();
  }

  /** Sets the view Home returns to, and how near and far the user may zoom; goes there. */
  setHome(position: Vector3, target: Vector3, distance: { min: number; max: number }): void {
    this.homePosition.copy(position);
    this.homeTarget.copy(target);
    this.controls.minDistance = distance.min;
    this.controls.maxDistance = distance.max;
    this.reset();
  }

  /** Applies an orbit key's action (orbit-keys.ts). */
  applyKey(action: OrbitKeyAction): void {
    if (action.kind === 'orbit') this.orbitBy(action.azimuthRad, action.polarRad);
    else if (action.kind === 'zoom') this.zoomBy(action.closer ? KEY_ZOOM_FACTOR : 1 / KEY_ZOOM_FACTOR);
    else this.reset();
  }

  /** Positive azimuth turns the view to the left, positive polar tilts it down toward the side. */
  orbitBy(dAzimuthRad: number, dPolarRad: number): void {
    this.controls.rotateLeft(dAzimuthRad);
    this.controls.rotateUp(dPolarRad);
    this.controls.update();
  }

  /** factor > 1 moves closer (magnifies), factor < 1 moves away. */
  zoomBy(factor: number): void {
    if (!(factor > 0)) return;
    if (factor >= 1) this.controls.dollyOut(factor);
    else this.controls.dollyIn(1 / factor);
    this.controls.update();
  }

  reset(): void {
    const camera = this.controls.object;
    camera.position.copy(this.homePosition);
    this.controls.target.copy(this.homeTarget);
    this.controls.update();
  }

  dispose(): void {
    this.controls.dispose();
  }
}
