import { msg } from '../../i18n/i18n.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import type { RenderStatus } from './render-protocol.ts';

/** Refs, not text: a view shows them with tr() at render time, so they follow a locale switch. */
export const NO_WEBGL_MESSAGE = msg('common.render.noWebgl');
/** For a view to show while its status is 'context-lost'. */
export const CONTEXT_LOST_MESSAGE = msg('common.render.contextLost');

/** What a 3D view shows over its canvas for a render status; null while it draws. */
export function statusMessage(status: RenderStatus): MessageRef | null {
  return status === 'ready' ? null : status === 'context-lost' ? CONTEXT_LOST_MESSAGE : NO_WEBGL_MESSAGE;
}
