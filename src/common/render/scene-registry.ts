import { ReactorScene, type ReactorSceneEvent, type ReactorSceneInput } from '../../screens/reactor/view/reactor-scene.ts';
import { HeightScene, type HeightSceneInput } from '../../screens/plating/view/height-scene.ts';
import type { SceneFactory } from './served-scene.ts';

/**
 * The scenes a render server can build, by name. The page imports only the types, so it never
 * loads three.js through this file.
 */
export const SCENES = {
  reactor: factory<ReactorSceneInput, ReactorSceneEvent>((context) => new ReactorScene(context)),
  'plating-height': factory<HeightSceneInput, never>((context) => new HeightScene(context)),
};

export type SceneKind = keyof typeof SCENES;
export type SceneInputOf<K extends SceneKind> = (typeof SCENES)[K] extends SceneFactory<infer I, unknown> ? I : never;
export type SceneEventOf<K extends SceneKind> = (typeof SCENES)[K] extends SceneFactory<unknown, infer E> ? E : never;

function factory<I, E>(create: SceneFactory<I, E>): SceneFactory<I, E> {
  return create;
}

export function isSceneKind(name: string): name is SceneKind {
  return Object.hasOwn(SCENES, name);
}
