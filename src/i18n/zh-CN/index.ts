import type { Catalogue } from '../en/index.ts';
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

/** Simplified Chinese, written with the field's usual terms; loaded only when chosen. */
export const zhCN: Catalogue = {
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
