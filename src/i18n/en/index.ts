import { common } from './common.ts';
import { shell } from './shell.ts';
import { reactor } from './reactor.ts';
import { plating } from './plating.ts';
import { charts } from './charts.ts';
import { aldModel } from './ald-model.ts';
import { platingModel } from './plating-model.ts';
import { session } from './session.ts';
import { dialogs } from './dialogs.ts';
import { lessons } from './lessons.ts';

/** Each area is its own table with its own key prefix, so areas can grow without touching one another. */
export const EN_AREAS = { common, shell, reactor, plating, charts, aldModel, platingModel, session, dialogs, lessons };

/** The English catalogue: the source of truth every locale is checked against. */
export const en = { ...common, ...shell, ...reactor, ...plating, ...charts, ...aldModel, ...platingModel, ...session, ...dialogs, ...lessons };
export type Catalogue = typeof en;
