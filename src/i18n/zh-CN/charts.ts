import type { Translation } from '../catalogue-types.ts';
import type { charts as en } from '../en/charts.ts';
import { scientific } from '../format.ts';

const num = (value: number) => scientific(value, 3);

export const charts: Translation<typeof en> = {
  'charts.kind.lineChart': '折线图',
  'charts.kind.histogram': '直方图',
  'charts.exportPng': '导出 PNG',
  'charts.exportCsv': '导出 CSV',
  'charts.ofChart': (p) => `：${p.name}`,
  'charts.dataTable': '数据表',
  'charts.column.series': '数据系列',
  'charts.column.binFrom': (p) => `${p.what}（下限）`,
  'charts.column.binTo': (p) => `${p.what}（上限）`,
  'charts.column.count': '计数',
  'charts.axis.count': '计数',
  'charts.value': '数值',
  'charts.zoom.group': '缩放 x 轴',
  'charts.zoom.in': '放大',
  'charts.zoom.out': '缩小',
  'charts.zoom.panLeft': '向左平移',
  'charts.zoom.panRight': '向右平移',
  'charts.zoom.reset': '重置缩放',
  'charts.zoom.showing': (p) => `当前显示 ${p.what} 从 ${num(p.from)} 到 ${num(p.to)}`,
  'charts.zoom.hint': '在图上横向拖动即可缩放',
  'charts.summary.title': (p) => `${p.title}。`,
  'charts.summary.axis': (p) => `${p.axis} 轴：${p.label}，从 ${num(p.from)} 到 ${num(p.to)}。`,
  'charts.summary.axisLog': (p) => `${p.axis} 轴：${p.label}，从 ${num(p.from)} 到 ${num(p.to)}，对数坐标。`,
  'charts.summary.noData': '无数据。',
  'charts.summary.solidLine': '实线',
  'charts.summary.dashedLine': '虚线',
  'charts.summary.seriesEmpty': (p) => `${p.label}（${p.style}）：无数据点。`,
  'charts.summary.series': (p) =>
    `${p.label}（${p.style}，${p.n} 个点）：从 (${num(p.x0)}, ${num(p.y0)}) 到 (${num(p.x1)}, ${num(p.y1)})。`,
  'charts.summary.marker': (p) => `标记“${p.label}”位于 x = ${num(p.x)}，y = ${num(p.y)}。`,
  'charts.summary.histogram': (p) =>
    `${p.what}的直方图：共 ${p.n} 个值，分为 ${p.bins} 个区间，范围从 ${num(p.from)} 到 ${num(p.to)}。`,
  'charts.summary.histogramEmpty': (p) => `${p.what}的直方图：无数据。`,
  'charts.summary.histogramStats': (p) => `平均值 ${num(p.mean)}，中位数 ${num(p.median)}。`,
  'charts.summary.tallestBin': (p) => `最高的区间为 ${num(p.from)} 到 ${num(p.to)}，含 ${p.n} 个值。`,
};
