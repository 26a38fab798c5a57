import type { Translation } from '../catalogue-types.ts';
import type { dialogs as en } from '../en/dialogs.ts';

export const dialogs: Translation<typeof en> = {
  'dialogs.close': '关闭',
  'dialogs.share.title': '分享当前设置',
  'dialogs.share.note': '链接包含屏幕上的全部设置（不含运行进度）。',
  'dialogs.share.link': '链接',
  'dialogs.share.copyLink': '复制链接',
  'dialogs.share.embed': '嵌入课程网页',
  'dialogs.share.copyEmbed': '复制嵌入代码',
  'dialogs.share.copied': '已复制。',
  'dialogs.share.copyFailed': '无法复制：请手动选中文本后复制。',
  'dialogs.share.frameTitle': 'Interphase 模拟',
  'dialogs.keys.title': '键盘快捷键',
  'dialogs.keys.note': '在输入框中输入或操作控件时，快捷键不起作用。按 Tab 键可在控件之间移动。',
  'dialogs.keys.keysColumn': '按键',
  'dialogs.keys.actionColumn': '操作',
  'dialogs.keys.on3dView': '（在 3D 视图上）',
  'dialogs.keys.turnCamera': '旋转视角',
  'dialogs.keys.zoomCamera': '放大和缩小',
  'dialogs.keys.homeCamera': '回到初始视角',
  'dialogs.keys.enabled': '启用键盘快捷键',
};
