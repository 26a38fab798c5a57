import { percent, whole } from '../format.ts';

/** Words of the worker sessions: restarts, failures. Keys start with "session.". */
export const session = {
  'session.restarted.reactor':
    'The simulation worker stopped unexpectedly. It was restarted with your settings and the film was regrown.',
  'session.restarted.plating':
    'The plating worker stopped unexpectedly. It was restarted with your settings and the run was replayed.',
  'session.gaveUp': (p: { cause: string }) =>
    `The simulation worker keeps stopping (${p.cause}). Reload the page to try again.`,
  'session.cause.closed': 'it closed',
  'session.cause.crashed': 'it failed to load or crashed',
  'session.cause.silent': 'it stopped answering',
  'session.cause.timeout': (p: { seconds: number }) => `a calculation took longer than ${whole(p.seconds)} s`,
  'session.couldNotApply': (p: { reason: string }) => `The simulation could not apply a change: ${p.reason}`,
  'session.platingStopped': (p: { reason: string }) => `The plating run stopped: ${p.reason}`,
  'session.platingCouldNotStart': (p: { reason: string }) => `The plating model could not start: ${p.reason}`,
  'session.runStoppedAt': (p: { progress: number }) => `The run stopped at ${percent(p.progress)} before the end.`,
};
