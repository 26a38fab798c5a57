import { AmbientLight, Color, DirectionalLight, HemisphereLight, Mesh, MeshLambertMaterial, PerspectiveCamera, Scene, Vector3 } from 'three';
import type { OrbitKeyAction } from '../../../common/render/orbit-keys.ts';
import type { RenderHost } from '../../../common/render/renderer-host.ts';
import { SceneOrbit } from '../../../common/render/scene-orbit.ts';
import type { SceneContext, ServedScene } from '../../../common/render/served-scene.ts';
import type { Rgb } from './css-color.ts';
import type { HeightGrid } from './height-map.ts';
import { buildHeightGeometry } from './height-mesh.ts';

/** One deposit as the page's <ip-plating-3d> resolved it: heights, scale and colours. */
export interface HeightSurface {
  grid: HeightGrid;
  patchUm: number;
  exaggeration: number;
  maxHeightUm: number;
  /** Height (µm) that gets the top colour of the ramp. */
  colorMaxUm: number;
  ramp: Rgb[];
}

export interface HeightSceneInput {
  /** The deposit to draw; null draws none. */
  surface?: HeightSurface | null;
  /** CSS colour text of the background. */
  background?: string;
  /** Fit the camera to the deposit again and follow it (the reset button). */
  home?: true;
}

/**
 * The Plating 3D view's scene: the deposit's height map as one surface, coloured by height,
 * in a render server. The camera follows the growing deposit until the student turns or
 * zooms it; Home (key or button) fits it again and follows again.
 */
export class HeightScene implements ServedScene<HeightSceneInput> {
  private readonly host: RenderHost;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(40, 4 / 3, 0.1, 5000);
  private readonly mesh = new Mesh(undefined, new MeshLambertMaterial({ vertexColors: true }));
  private readonly orbit: SceneOrbit;
  private surface: HeightSurface | null = null;
  private cameraMoved = false;

  constructor({ host, element }: SceneContext<never>) {
    this.host = host;
    this.mesh.visible = false;
    this.scene.add(this.mesh, new HemisphereLight(0xffffff, 0x404040, 1.4), new AmbientLight(0xffffff, 0.35));
    const sun = new DirectionalLight(0xffffff, 2.2);
    sun.position.set(-1, 2, 1.2);
    this.scene.add(sun);
    this.orbit = new SceneOrbit(this.camera, element, {
      pan: true,
      minPolarAngle: 0,
      // Never from under the copper: a deposit is seen from the electrolyte side.
      maxPolarAngle: Math.PI / 2 - 0.05,
      onChange: () => host.requestRender(),
      onUserMove: () => (this.cameraMoved = true),
    });
    host.setContent({
      scene: this.scene,
      camera: this.camera,
    });
    this.fitView();
  }

  input({ surface, background, home }: HeightSceneInput): void {
    if (background !== undefined) this.scene.background = new Color(background);
    if (surface !== undefined) this.showSurface(surface);
    if (home || (surface && !this.cameraMoved)) this.fitView();
    this.host.requestRender();
  }

  key(action: OrbitKeyAction): void {
    // Home also re-fits the view to the deposit as it is now.
    if (action.kind === 'home') this.fitView();
    else {
      this.orbit.applyKey(action);
      this.cameraMoved = true;
    }
    this.host.requestRender();
  }

  dispose(): void {
    this.orbit.dispose();
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
    this.host.setContent(null);
  }

  private showSurface(surface: HeightSurface | null): void {
    this.surface = surface;
    this.mesh.geometry.dispose();
    if (!surface) {
      this.mesh.visible = false;
      return;
    }
    const { grid, patchUm, exaggeration, ramp, colorMaxUm } = surface;
    this.mesh.geometry = buildHeightGeometry(grid, patchUm, exaggeration, ramp, colorMaxUm);
    this.mesh.visible = true;
  }

  /** Looks at the middle of the deposit from a distance that fits its width and its drawn height. */
  private fitView(): void {
    this.cameraMoved = false;
    const patch = this.surface?.patchUm ?? 50;
    const drawnHeight = (this.surface?.maxHeightUm ?? 0) * (this.surface?.exaggeration ?? 1);
    const extent = Math.max(patch, drawnHeight * 1.2);
    const targetY = drawnHeight * 0.3;
    const k = (1.9 * extent) / Math.hypot(0.9, 0.85, 1.1);
    const position = new Vector3(0.9 * k, targetY + 0.85 * k, 1.1 * k);
    const target = new Vector3(0, targetY, 0);
    this.camera.near = extent / 100;
    this.camera.far = extent * 20;
    this.camera.updateProjectionMatrix();
    this.orbit.setHome(position, target, { min: extent * 0.3, max: extent * 5 });
  }
}
