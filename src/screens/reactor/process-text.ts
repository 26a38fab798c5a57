import { hasKey, t, tr } from '../../i18n/i18n.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import type { MoleculeSpec, ProcessDefinition } from '../../../worker/ald/types.ts';
import {
  choiceWhyRef,
  doubtRef,
  moleculeNameRef,
  processNameRef,
  type ModelChoiceField,
} from '../../../worker/ald/process-words.ts';

/**
 * A process's words in the locale on screen. A process file without catalogue entries (a
 * contributor's new file, the test fixture) still shows: its id, its formulas, no reasons.
 */

function entry(ref: MessageRef): string | null {
  return hasKey(ref.key) ? tr(ref) : null;
}

export function processName(process: ProcessDefinition): string {
  return entry(processNameRef(process)) ?? process.id;
}

/** The molecule's name, or null where only its formula can be shown. */
export function moleculeName(molecule: MoleculeSpec): string | null {
  return entry(moleculeNameRef(molecule));
}

export function choiceWhy(process: ProcessDefinition, field: ModelChoiceField): string | null {
  return entry(choiceWhyRef(process, field));
}

/** Why the published GPC is in doubt; null when it is not. */
export function doubtText(process: ProcessDefinition): string | null {
  return process.gpcDoubtful ? entry(doubtRef(process)) ?? t('reactor.process.doubtfulGpc') : null;
}

/** An element's name for the colour key; its symbol if the catalogue lacks it. */
export function elementName(el: string): string {
  return entry({ key: `reactor.element.${el}` }) ?? el;
}
