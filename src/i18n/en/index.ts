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
import { coatings } from './coatings.ts';
import { coatingsCharts } from './coatings-charts.ts';
import { coatingsData } from './coatings-data.ts';

/** Each area is its own table with its own key prefix, so areas can grow without touching one another. */
export const EN_AREAS = {
  common,
  shell,
  reactor,
  plating,
  charts,
  aldModel,
  platingModel,
  session,
  dialogs,
  lessons,
  coatings,
  coatingsCharts,
  coatingsData,
};

/** The English catalogue: the source of truth every locale is checked against. */
export const en = {
  ...common,
  ...shell,
  ...reactor,
  ...plating,
  ...charts,
  ...aldModel,
  ...platingModel,
  ...session,
  ...dialogs,
  ...lessons,
  ...coatings,
  ...coatingsCharts,
  ...coatingsData,
};
export type Catalogue = typeof en;
