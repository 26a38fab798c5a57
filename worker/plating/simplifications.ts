import { ref, type MessageRef } from '../common/message-ref.ts';

/** Short statements of what the Plating model leaves out, for the UI's Model panel (words in the catalogue). */
export const PLATING_SIMPLIFICATIONS: readonly MessageRef[] = [
  'oneOverpotential',
  'calibratedBarriers',
  'denseLi',
  'focusingRule',
  'oneElectrolyte',
  'sandDiffusion',
  'thinCoatings',
  'stripping',
  'sei',
  'curvesFirstPlating',
].map((id) => ref(`platingModel.simplification.${id}`));
