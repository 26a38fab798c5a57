import {
  BoxGeometry,
  DirectionalLight,
  DynamicDrawUsage,
  HemisphereLight,
  InstancedBufferAttribute,
  InstancedMesh,
  Mesh,
  MeshLambertMaterial,
  MeshPhongMaterial,
  PerspectiveCamera,
  Scene,
  Vector3,
  type Material,
} from 'three';
import type { AldSnapshot, ProcessDefinition } from '../../../../worker/ald/types.ts';
import type { RenderHost } from '../../../common/render/renderer-host.ts';
import type { SceneContext, ServedScene } from '../../../common/render/served-scene.ts';
import type { OrbitKeyAction } from '../../../common/render/orbit-keys.ts';
import { InstanceBuffer, LAYER_KEYS, type FrameBuffers, type LayerKey } from './instance-buffer.ts';
import { buildFrame, planCapacity, prepareProcess, type ProcessMolecules } from './frame-builder.ts';
import { createLayerGeometry } from './scene-geometries.ts';
import { resolvePalette, type ScenePalette } from './reactor-colors.ts';
import type { ReactorThemeInput } from './reactor-color-table.ts';
import { themeTokens } from '../../../common/theme.ts';
import { SceneOrbit } from '../../../common/render/scene-orbit.ts';
import { SITE_SPACING_A, SUBSTRATE_DEPTH_A } from './scene-layout.ts';

/**
 * The reactor's 3D view: substrate patch, site markers, ball-and-stick fragments, gas
 * molecules of the running half-step, CVD clumps and the film's earlier layers. It draws
 * snapshots from the model and computes no physics; it renders only when told something
 * changed (a transition phase, a theme, a camera move). Runs in a render server
 * (render-server.ts); the page's ReactorView sends it only what changed.
 */

export interface ReactorSceneInput {
  process?: ProcessDefinition;
  theme?: ReactorThemeInput;
  /** A new pair of snapshots, drawn at `phase` (0 if absent). */
  snapshots?: { previous: AldSnapshot | null; next: AldSnapshot };
  /** 0..1: progress of the half-step that produced the next snapshot (1 = its end state). */
  phase?: number;
}

export interface ReactorSceneEvent {
  /** Film heights are drawn at this fraction of true scale (1 until the film is tall). */
  filmVerticalScale: number;
}

interface Snapshots {
  prev: AldSnapshot | null;
  next: AldSnapshot;
  phase: number;
}

interface Layer {
  mesh: InstancedMesh;
  buffer: InstanceBuffer;
}

export class ReactorScene implements ServedScene<ReactorSceneInput> {
  private readonly host: RenderHost;
  private readonly emit: (event: ReactorSceneEvent) => void;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(35, 16 / 9, 1, 3000);
  private readonly orbit: SceneOrbit;
  private readonly materials: Record<LayerKey, Material>;
  private readonly substrateMaterial = new MeshLambertMaterial();
  private readonly substrate: Mesh;
  private palette: ScenePalette = resolvePalette(themeTokens('default'));
  private molecules: ProcessMolecules | null = null;
  private layers: Record<LayerKey, Layer> | null = null;
  private layerSites = 0;
  private heightsA = new Float32Array(0);
  private current: Snapshots | null = null;
  private verticalScale = 1;

  constructor({ host, element, emit }: SceneContext<ReactorSceneEvent>) {
    this.host = host;
    this.emit = emit;
    this.camera.up.set(0, 0, 1);
    const hemi = new HemisphereLight(0xffffff, 0x404850, 1.6);
    hemi.position.set(0, 0, 1);
    const sun = new DirectionalLight(0xffffff, 1.9);
    sun.position.set(-60, -90, 160);
    this.scene.add(hemi, sun);

    this.materials = {
      sites: new MeshLambertMaterial(),
      blocked: new MeshLambertMaterial(),
      film: new MeshLambertMaterial(),
      heavyAtoms: new MeshPhongMaterial({ shininess: 60, specular: 0x444444 }),
      hydrogens: new MeshPhongMaterial({ shininess: 60, specular: 0x444444 }),
      bonds: new MeshLambertMaterial(),
      cvd: new MeshLambertMaterial({ flatShading: true }),
    };
    this.substrate = new Mesh(new BoxGeometry(1, 1, 1), this.substrateMaterial);
    this.scene.add(this.substrate);

    // Both sides of the surface may be seen: the poles are the only stops.
    this.orbit = new SceneOrbit(this.camera, element, {
      pan: true,
      minPolarAngle: 0.05,
      maxPolarAngle: Math.PI - 0.05,
      onChange: () => host.requestRender(),
    });
    this.applyPalette();
    host.setContent({
      scene: this.scene,
      camera: this.camera,
      restored: () => this.markAllDirty(),
    });
  }

  input({ process, theme, snapshots, phase }: ReactorSceneInput): void {
    if (process) this.setProcess(process);
    if (theme) this.setTheme(theme);
    if (snapshots) this.showTransition(snapshots.previous, snapshots.next, phase ?? 0);
    else if (phase !== undefined && this.current) this.showTransition(this.current.prev, this.current.next, phase);
  }

  private setProcess(def: ProcessDefinition): void {
    this.molecules = prepareProcess(def);
    this.disposeLayers();
    if (this.current) this.showTransition(this.current.prev, this.current.next, this.current.phase);
  }

  private setTheme(tokens: ReactorThemeInput): void {
    this.palette = resolvePalette(tokens);
    this.applyPalette();
    if (this.current) this.showTransition(this.current.prev, this.current.next, this.current.phase);
    else this.host.requestRender();
  }

  /** phase 0..1: progress of the half-step that produced `next` (1 = its end state). */
  private showTransition(prev: AldSnapshot | null, next: AldSnapshot, phase: number): void {
    const firstOrResized = this.layerSites !== next.sizeX * next.sizeY;
    this.current = { prev, next, phase };
    if (!this.molecules) return;
    const layers = this.ensureLayers(next);
    const buffers = Object.fromEntries(LAYER_KEYS.map((k) => [k, layers[k].buffer])) as FrameBuffers;
    const info = buildFrame(this.molecules, this.palette, prev, next, phase, buffers, this.heightsA);
    if (info.filmVerticalScale !== this.verticalScale) {
      this.verticalScale = info.filmVerticalScale;
      this.emit({ filmVerticalScale: this.verticalScale });
    }
    for (const key of LAYER_KEYS) this.upload(layers[key]);
    if (firstOrResized) this.frame(next);
    this.host.requestRender();
  }

  /** Arrow keys orbit, + and − zoom, Home resets the camera. */
  key(action: OrbitKeyAction): void {
    this.orbit.applyKey(action);
    this.host.requestRender();
  }

  dispose(): void {
    this.orbit.dispose();
    this.disposeLayers();
    for (const material of Object.values(this.materials)) material.dispose();
    this.substrate.geometry.dispose();
    this.substrateMaterial.dispose();
    this.host.setContent(null);
  }

  private applyPalette(): void {
    this.scene.background = this.palette.background;
    this.substrateMaterial.color.copy(this.palette.substrate);
  }

  /** Buffers are sized once per process and grid, never per frame. */
  private ensureLayers(snapshot: AldSnapshot): Record<LayerKey, Layer> {
    const sites = snapshot.sizeX * snapshot.sizeY;
    if (this.layers && this.layerSites === sites) return this.layers;
    this.disposeLayers();
    const capacity = planCapacity(this.molecules!, sites);
    const layers = {} as Record<LayerKey, Layer>;
    for (const key of LAYER_KEYS) {
      const cap = Math.max(1, capacity[key]);
      const mesh = new InstancedMesh(createLayerGeometry(key), this.materials[key], cap);
      mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(cap * 3), 3);
      mesh.instanceMatrix.setUsage(DynamicDrawUsage);
      // Instances move every frame; a cached bounding sphere would cull them wrongly.
      mesh.frustumCulled = false;
      mesh.count = 0;
      const buffer = new InstanceBuffer(cap, mesh.instanceMatrix.array as Float32Array, mesh.instanceColor.array as Float32Array);
      this.scene.add(mesh);
      layers[key] = { mesh, buffer };
    }
    this.layers = layers;
    this.layerSites = sites;
    this.heightsA = new Float32Array(sites);
    return layers;
  }

  private upload({ mesh, buffer }: Layer): void {
    mesh.count = buffer.count;
    mesh.visible = buffer.count > 0;
    if (buffer.count === 0) return;
    mesh.instanceMatrix.clearUpdateRanges();
    mesh.instanceMatrix.addUpdateRange(0, buffer.count * 16);
    mesh.instanceMatrix.needsUpdate = true;
    const colors = mesh.instanceColor!;
    colors.clearUpdateRanges();
    colors.addUpdateRange(0, buffer.count * 3);
    colors.needsUpdate = true;
  }

  private markAllDirty(): void {
    if (!this.layers) return;
    for (const key of LAYER_KEYS) {
      const { mesh } = this.layers[key];
      mesh.instanceMatrix.clearUpdateRanges();
      mesh.instanceMatrix.needsUpdate = true;
      mesh.instanceColor?.clearUpdateRanges();
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
  }

  /** Fits the substrate to the grid and sets the camera's home view over it. */
  private frame(snapshot: AldSnapshot): void {
    const widthA = snapshot.sizeX * SITE_SPACING_A;
    const depthA = snapshot.sizeY * SITE_SPACING_A;
    this.substrate.scale.set(widthA + 2, depthA + 2, SUBSTRATE_DEPTH_A);
    this.substrate.position.set(0, 0, -SUBSTRATE_DEPTH_A / 2);
    const span = Math.max(widthA, depthA);
    // Aim above the surface: the film, the fragments and the gas zone share the view.
    const target = new Vector3(0, 0, span * 0.2);
    const position = new Vector3(-span * 1.25, -span * 2, span * 1.55);
    this.orbit.setHome(position, target, { min: 30, max: 600 });
  }

  private disposeLayers(): void {
    if (!this.layers) return;
    for (const key of LAYER_KEYS) {
      const { mesh } = this.layers[key];
      this.scene.remove(mesh);
      mesh.geometry.dispose();
      mesh.dispose();
    }
    this.layers = null;
    this.layerSites = 0;
  }
}
