import { modelErrorRef } from '../../worker/common/model-error.ts';
import type { MessageRef } from '../../worker/common/message-ref.ts';
import { errorText } from '../common/error-text.ts';
import { hasKey, verbatim } from './i18n.ts';

/** Words for anything thrown: a model's own refusal in the reader's language, else the error's text as it is. */
export function errorRef(error: unknown): MessageRef {
  const ref = modelErrorRef(error);
  return ref && hasKey(ref.key) ? ref : verbatim(errorText(error));
}
