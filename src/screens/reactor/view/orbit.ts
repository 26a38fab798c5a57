import type { PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

/**
 * Mouse/touch orbit plus the keyboard steps the screen binds. No damping: damping needs a
 * frame loop, and this view only draws when something changed.
 */
export class ReactorOrbit {
  private readonly controls: OrbitControls;
  private readonly homePosition: Vector3;
  private readonly homeTarget: Vector3;

  constructor(camera: PerspectiveCamera, element: HTMLElement, onChange: () => void) {
    this.controls = new OrbitControls(camera, element);
    this.controls.enableDamping = false;
    this.controls.enablePan = true;
    this.controls.minDistance = 30;
    this.controls.maxDistance = 600;
    // Stop just short of the poles so "up" stays the surface normal.
    this.controls.minPolarAngle = 0.05;
    this.controls.maxPolarAngle = Math.PI - 0.05;
    this.controls.addEventListener('change', onChange);
    this.homePosition = camera.position.clone();
    this.homeTarget = this.controls.target.clone();
  }

  setHome(position: Vector3, target: Vector3): void {
    this.homePosition.copy(position);
    this.homeTarget.copy(target);
    this.reset();
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
