import type { Announcer } from '../../common/a11y/announcer.ts';
import { t } from '../../i18n/i18n.ts';
import type { ReactorReadouts } from './reactor-settings.ts';

/** Tells screen-reader users each completed half-step with the cycle and the film thickness. */
export function announceHalfSteps(readouts: ReactorReadouts, announcer: Pick<Announcer, 'announce'>): void {
  readouts.halfStep.subscribe((step) => {
    if (!step) return;
    announcer.announce(
      t('shell.announce.halfStepDone', {
        step: t(`reactor.halfStep.${step}`),
        cycle: readouts.cycle.value,
        thicknessNm: readouts.thicknessNm.value,
      }),
    );
  });
}
