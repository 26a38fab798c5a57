import type { Translation } from '../catalogue-types.ts';
import { percent, whole } from '../format.ts';
import type { session as en } from '../en/session.ts';

export const session: Translation<typeof en> = {
  'session.restarted.reactor': '模拟计算进程意外停止，已按您的设置重新启动，并重新生长了薄膜。',
  'session.restarted.plating': '锂沉积计算进程意外停止，已按您的设置重新启动，并重放了本次运行。',
  'session.gaveUp': (p) => `模拟计算进程反复停止（${p.cause}）。请刷新页面后重试。`,
  'session.cause.closed': '进程已关闭',
  'session.cause.crashed': '进程加载失败或崩溃',
  'session.cause.silent': '进程不再响应',
  'session.cause.timeout': (p) => `一次计算超过了 ${whole(p.seconds)} s`,
  'session.couldNotApply': (p) => `模拟无法应用此更改：${p.reason}`,
  'session.platingStopped': (p) => `锂沉积运行已停止：${p.reason}`,
  'session.platingCouldNotStart': (p) => `锂沉积模型无法启动：${p.reason}`,
  'session.runStoppedAt': (p) => `运行在 ${percent(p.progress)} 处停止，未到终点。`,
};
