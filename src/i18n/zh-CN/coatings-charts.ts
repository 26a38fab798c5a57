import type { Translation } from '../catalogue-types.ts';
import type { coatingsCharts as en } from '../en/coatings-charts.ts';
import { published as num } from '../format.ts';


export const coatingsCharts: Translation<typeof en> = {
  'coatingsCharts.unit.h': 'h',
  'coatingsCharts.unit.cycles': '次循环',
  'coatingsCharts.unit.percent': '%',
  'coatingsCharts.unit.sPerCm': 'S/cm',
  'coatingsCharts.unit.gpa': 'GPa',
  'coatingsCharts.unit.mv': 'mV',
  'coatingsCharts.unit.nm': 'nm',
  'coatingsCharts.unit.mAhPerCm2': 'mAh/cm²',
  'coatingsCharts.unit.mAPerCm2': 'mA/cm²',
  'coatingsCharts.unit.ohmCm2': 'Ω·cm²',
  'coatingsCharts.unit.min': 'min',
  'coatingsCharts.unit.celsius': '°C',

  'coatingsCharts.value.exact': (p) => `${num(p.value)} ${p.unit}`,
  'coatingsCharts.value.above': (p) => `> ${num(p.value)} ${p.unit}`,
  'coatingsCharts.value.below': (p) => `< ${num(p.value)} ${p.unit}`,
  'coatingsCharts.value.about': (p) => `约 ${num(p.value)} ${p.unit}`,
  'coatingsCharts.spoken.above': (p) => `超过 ${num(p.value)} ${p.unit}`,
  'coatingsCharts.spoken.below': (p) => `低于 ${num(p.value)} ${p.unit}`,
  'coatingsCharts.spoken.about': (p) => `约 ${num(p.value)} ${p.unit}`,
  'coatingsCharts.thickness.one': (p) => `厚 ${num(p.value)} nm`,
  'coatingsCharts.thickness.range': (p) => `厚 ${num(p.from)}–${num(p.to)} nm`,

  'coatingsCharts.conditions.cell': (p) => `${p.cell} 电池`,
  'coatingsCharts.conditions.film': '薄膜测量',
  'coatingsCharts.conditions.bulk': '块体晶体',
  'coatingsCharts.conditions.air': '锂箔置于空气中',
  'coatingsCharts.conditions.noCell': '未给出电池类型',
  'coatingsCharts.conditions.current': (p) => `${num(p.value)} mA/cm²`,
  'coatingsCharts.conditions.noCurrent': '未给出电流密度',
  'coatingsCharts.conditions.capacity': (p) => `${num(p.value)} mAh/cm²`,
  'coatingsCharts.conditions.noCapacity': '未给出容量',
  'coatingsCharts.conditions.electrolyte': (p) => `电解液 ${p.electrolyte}`,
  'coatingsCharts.conditions.noElectrolyte': '未给出电解液',
  'coatingsCharts.listSeparator': '，',
  'coatingsCharts.sentenceSeparator': '；',

  'coatingsCharts.point.value': (p) => `${p.coating}：${p.value}`,
  'coatingsCharts.point.reference': (p) => `同一研究中的${p.label}：${p.value}`,
  'coatingsCharts.point.referenceOf': (p) => `${p.label}（${p.coating}研究中的无涂层对照）：${p.value}`,
  'coatingsCharts.point.source': (p) => `来源：${p.citation}`,
  'coatingsCharts.point.opens': '在新标签页中打开来源',

  'coatingsCharts.caveat':
    '各项研究的电流密度、容量和电解液并不相同：每个数据点都标有各自的测试条件（悬停或聚焦即可查看）。' +
    '请把它们当作各自发表的结果来比较，而不是同一个实验。',
  'coatingsCharts.empty': '当前选择中没有涂层报道这一数据。',
  'coatingsCharts.unplaced': (p) => `未画出（研究未给出厚度）：${p.names}。`,
  'coatingsCharts.column.coating': '涂层',
  'coatingsCharts.column.method': '方法',
  'coatingsCharts.column.value': '数值',
  'coatingsCharts.column.reference': '无涂层对照',
  'coatingsCharts.column.thickness': '厚度',
  'coatingsCharts.column.conditions': '测试条件',
  'coatingsCharts.column.source': '来源',
  'coatingsCharts.column.item': '项目',
  'coatingsCharts.legend.bound': '下限：测试结束时仍在工作',
  'coatingsCharts.legend.reference': '同一研究的无涂层对照',
  'coatingsCharts.legend.range': '厚度范围',
  'coatingsCharts.summary.count': (p) => `共 ${p.n} 个结果。`,

  'coatingsCharts.lifetime.title': 'Li‖Li 电池寿命与涂层厚度',
  'coatingsCharts.lifetime.x': '涂层厚度（nm，对数坐标）',
  'coatingsCharts.lifetime.y': 'Li‖Li 电池寿命（h，对数）',
  'coatingsCharts.lifetime.caption':
    '每个标记是一项已发表的对称电池测试，按其涂层厚度放置；横条表示厚度范围。带箭头的空心标记是下限：' +
    '测试结束时电池仍在循环。左侧边缘的菱形是同一研究中的裸锂，并与其对照的涂层相连。两条坐标轴都是对数坐标，' +
    '因为厚度和寿命各自跨越十倍以上。选择一个数据点即可打开其来源。',

  'coatingsCharts.efficiency.title': '库仑效率：有涂层与无涂层',
  'coatingsCharts.efficiency.x': '库仑效率（%）',
  'coatingsCharts.efficiency.caption':
    '每一行是一项报道了库仑效率的研究：有涂层电极（按方法标记），以及研究给出的无涂层对照（菱形），两者以线相连。' +
    '坐标轴远高于 0 % 起始，因为决定电池寿命的差别只有几个百分点。选择一个数据点即可打开其来源。',

  'coatingsCharts.air.title': '锂在空气中能保持多久',
  'coatingsCharts.air.x': '锂表面在空气中开始劣化前的时间（min，对数坐标）',
  'coatingsCharts.air.band': (p) => `裸锂在 ${num(p.from)}–${num(p.to)} min 内变黑`,
  'coatingsCharts.air.bandName': (p) => `裸锂在空气中 ${num(p.from)} 至 ${num(p.to)} 分钟内变黑；来源：${p.citation}`,
  'coatingsCharts.air.coatedBand': 'ALD 涂层锂：最长可达数十小时（综述的概括）',
  'coatingsCharts.air.coatedBandName': (p) =>
    `ALD 涂层锂在空气中最长可保持数十小时，涂层越厚越久；图中从裸锂失效处画起，在 20 至 100 小时之间逐渐淡出，这是多项研究的概括而非单次测量；来源：${p.citation}`,
  'coatingsCharts.air.noStudies': '当前选择中没有研究给出自己的空气暴露时间：两条色带是综述的概括。',
  'coatingsCharts.air.hour': '1 小时',
  'coatingsCharts.air.day': '1 天',
  'coatingsCharts.air.caption':
    '第一条色带是裸锂，它在空气中几分钟内就会变黑。第二条是综述对 ALD 涂层锂的概括：“最长可达数十小时”，取决于涂层厚度；' +
    '综述只给出上限且没有具体数值，因此色带从裸锂失效处开始，在 20–100 h 之间逐渐淡出。每个标记是一项研究中的涂层锂箔。横轴为分钟的对数坐标。选择色带或数据点即可打开其来源。',

  'coatingsCharts.limits.title': '两条物理极限',
  'coatingsCharts.limits.modulus.title': '（a）够硬吗？剪切模量与 Monroe–Newman 判据',
  'coatingsCharts.limits.modulus.x': '剪切模量（GPa，对数坐标）',
  'coatingsCharts.limits.modulus.li': '金属锂',
  'coatingsCharts.limits.modulus.line': (p) => `Monroe–Newman：2 × ${num(p.li)} = ${num(p.line)} GPa`,
  'coatingsCharts.limits.modulus.liName': (p) => `金属锂，剪切模量 ${num(p.value)} GPa；来源：${p.citation}`,
  'coatingsCharts.limits.modulus.lineName': (p) =>
    `Monroe–Newman 判据：剪切模量超过锂的两倍（${num(p.li)} GPa 的两倍，即 ${num(p.line)} GPa）即可抑制枝晶形核；来源：${p.citation}`,
  'coatingsCharts.limits.modulus.caveat':
    '注意：该判据是针对压在锂上的块体隔膜推导的。几纳米厚的薄膜并不是块体隔膜，所以越过这条线并不意味着薄膜本身就能阻止枝晶。',
  'coatingsCharts.limits.modulus.ratio': (p) => `判据的 ${num(p.ratio)} 倍`,
  'coatingsCharts.limits.temperature.title': '（b）够低吗？工艺温度与锂的熔点',
  'coatingsCharts.limits.temperature.x': '工艺温度（°C）',
  'coatingsCharts.limits.temperature.melting': (p) => `锂在约 ${num(p.value)} °C 熔化`,
  'coatingsCharts.limits.temperature.practice': (p) => `≤ ${num(p.value)} °C：在锂上镀膜的惯例`,
  'coatingsCharts.limits.temperature.meltingName': (p) =>
    `锂在约 ${num(p.value)} °C 熔化，在锂上镀膜的工艺必须低于此温度；来源：${p.citation}`,
  'coatingsCharts.limits.temperature.practiceName': (p) => `在锂上进行的 ALD 和 MLD 一般在 ${num(p.value)} °C 或更低温度下进行；来源：${p.citation}`,
  'coatingsCharts.limits.temperature.onLi': '沉积在锂上',
  'coatingsCharts.limits.temperature.offLi': '沉积在铜或宿主上（不受锂熔点限制）',
  'coatingsCharts.limits.temperature.none': '当前选择中没有已知工艺温度的涂层。',
  'coatingsCharts.limits.caption':
    '两条极限以线画出。（a）Monroe 和 Newman 发现，剪切模量至少为锂两倍（2 × 4.25 = 8.5 GPa）的界面层可以阻止枝晶形核；' +
    'ALD LiF 远高于此线，但该判据针对的是块体层。（b）锂约在 180 °C 熔化，因此锂上的涂层必须在此温度以下制备，' +
    '实际上不超过 150 °C；沉积在铜或宿主上的涂层不受此限。选择一个数据点即可打开其来源。',
  'coatingsCharts.limits.summaryModulus': (p) => `（a）图：${p.n} 个模量结果，与锂和判据对比。`,
  'coatingsCharts.limits.summaryTemperature': (p) => `（b）图：${p.n} 个工艺温度。`,

  'coatingsCharts.pathways.title': 'ALD 或 MLD 涂层的三种用法',
  'coatingsCharts.pathways.mechanism': '作用机理',
  'coatingsCharts.pathways.examples': '实例',
  'coatingsCharts.pathways.noExamples': '当前选择中没有。',
  'coatingsCharts.pathways.coating-on-li.mechanism': '薄膜封住锂表面：电解液不再与锂反应生成 SEI，薄膜还能压制枝晶。',
  'coatingsCharts.pathways.current-collector.mechanism': '亲锂薄膜降低锂的形核势垒，使锂均匀形核，长成数量更少、尺寸更大、更致密的沉积。',
  'coatingsCharts.pathways.3d-host.mechanism': '巨大的内表面降低局部电流密度，并把锂限制在骨架内部；涂层使宿主具有亲锂性。',
  'coatingsCharts.pathways.coating-on-li.schematic': '示意图：金属锂箔上方有一层薄涂层，面向电解液。',
  'coatingsCharts.pathways.current-collector.schematic': '示意图：铜箔上有一层薄涂层，锂沉积在涂层之上。',
  'coatingsCharts.pathways.3d-host.schematic': '示意图：多孔宿主骨架的纤维表面有涂层，锂填充在纤维之间。',
  'coatingsCharts.pathways.label.li': '金属锂',
  'coatingsCharts.pathways.label.coating': '涂层',
  'coatingsCharts.pathways.label.cu': '铜箔',
  'coatingsCharts.pathways.label.plated': '沉积的锂',
  'coatingsCharts.pathways.label.electrolyte': '电解液',
  'coatingsCharts.pathways.label.host': '有涂层的纤维',
  'coatingsCharts.pathways.label.confined': '锂在内部',
};
