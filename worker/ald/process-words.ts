import { ref, type MessageRef } from '../common/message-ref.ts';
import type { MoleculeSpec, ProcessDefinition } from './types.ts';

/**
 * Where the words of a process live: the data holds numbers, formulas and citations; its name,
 * its molecules' names and the reasons behind the model's choices are catalogue entries keyed
 * by the process id (src/i18n/en/ald-model.ts), so every language can say them.
 */

/** The values the model chose itself, each with a reason in the catalogue. */
export const MODEL_CHOICES = ['temperatureWindowC', 'dose', 'residenceTimeS', 'stericRadiusSites'] as const;
export type ModelChoiceField = (typeof MODEL_CHOICES)[number];

const WHY_SUFFIX: Record<ModelChoiceField, string> = {
  temperatureWindowC: 'temperatureWindowWhy',
  dose: 'doseWhy',
  residenceTimeS: 'residenceTimeWhy',
  stericRadiusSites: 'stericRadiusWhy',
};

export function processNameRef(process: Pick<ProcessDefinition, 'id'>): MessageRef {
  return ref(`aldModel.process.${process.id}.name`);
}

export function choiceWhyRef(process: Pick<ProcessDefinition, 'id'>, field: ModelChoiceField): MessageRef {
  return ref(`aldModel.process.${process.id}.${WHY_SUFFIX[field]}`);
}

/** Why the published GPC is in doubt (only for a process marked gpcDoubtful). */
export function doubtRef(process: Pick<ProcessDefinition, 'id'>): MessageRef {
  return ref(`aldModel.process.${process.id}.doubt`);
}

export function moleculeNameRef(molecule: Pick<MoleculeSpec, 'id'>): MessageRef {
  return ref(`aldModel.molecule.${molecule.id}`);
}

export function processMolecules(process: ProcessDefinition): MoleculeSpec[] {
  return [process.precursorA, process.precursorB, process.byproduct, process.fragmentA, process.fragmentB];
}

/** Every catalogue key a process's words need; a test checks them for each shipped process file. */
export function processMessageKeys(process: ProcessDefinition): string[] {
  return [
    processNameRef(process),
    ...MODEL_CHOICES.map((field) => choiceWhyRef(process, field)),
    ...(process.gpcDoubtful ? [doubtRef(process)] : []),
    ...processMolecules(process).map(moleculeNameRef),
  ].map((r) => r.key);
}
