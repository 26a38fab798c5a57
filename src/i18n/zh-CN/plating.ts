import type { Translation } from '../catalogue-types.ts';
import type { plating as en } from '../en/plating.ts';
import { percent, sig, whole } from '../format.ts';

export const plating: Translation<typeof en> = {
  'plating.status.idle': '就绪',
  'plating.status.running': '锂沉积中…',
  'plating.status.paused': '已暂停',
  'plating.status.done': '已完成',
  'plating.run.step': (p) => `单步 ▸ ${percent(p.share)}`,
  'plating.run.restart': '重新运行',
  'plating.run.toEnd': '运行到底',
  'plating.run.cancel': '取消',
  'plating.run.progress': (p) => `已完成设定面容量的 ${percent(p.share)}`,
  'plating.announce.finished': '所有衬底上的锂沉积均已完成，结果见结果表。',
  'plating.announce.stopped': '运行在结束前被中止。',

  'plating.view.topViewOf': (p) => `${p.label}：俯视图`,
  'plating.view.sectionOf': (p) => `${p.label}：截面`,
  'plating.view.deposit3dOf': (p) => `${p.label}：三维沉积形貌`,
  'plating.panel.tabs': '锂沉积实验面板',
  'plating.panel.setup': '设置',
  'plating.panel.3d': '三维',
  'plating.panel.charts': '图表',
  'plating.panel.results': '结果',
  'plating.panel.snapshots': '快照',
  'plating.panel.model': '模型',
  'plating.panel.hide': '收起面板',
  'plating.three.heading': '沉积层三维形貌',
  'plating.three.pick': '衬底',
  'plating.three.hint': '拖动或用方向键旋转；+ 和 − 缩放。',

  'plating.setup.heading': '比较衬底',
  'plating.setup.presets': '预设',
  'plating.setup.presetsLead': '预设：',
  'plating.preset.oyakhire2020': 'Oyakhire 2020',
  'plating.preset.oyakhire2020.hint': '在 1 mA/cm² 下比较裸铜与 1、5、10 nm TiO₂',
  'plating.preset.cao2016': 'Cao 2016',
  'plating.preset.cao2016.hint': '比较裸铜与 50 nm LAS 1:1 和 1:4',
  'plating.preset.dendrites': '枝晶',
  'plating.preset.dendrites.hint': '大电流，超过 Sand 时间',
  'plating.setup.substrates': '衬底',
  'plating.setup.add': '+ 添加衬底',
  'plating.setup.current': '电流密度 (mA/cm²)',
  'plating.setup.capacity': '面容量 (mAh/cm²)',
  'plating.setup.seed': '随机种子',
  'plating.setup.cycles': '沉积–剥离循环次数',
  'plating.setup.cyclesHint': (p) => `0 表示只沉积一次；最多 ${p.max}`,
  'plating.slot.title': (p) => `衬底 ${p.n}`,
  'plating.slot.kind': (p) => `衬底 ${p.n} 类型`,
  'plating.slot.thickness': '膜厚 (nm)',
  'plating.slot.tio2Presets': (p) => `衬底 ${p.n} 的 TiO₂ 膜厚预设`,
  'plating.slot.parameters': '参数',
  'plating.slot.parametersFor': (p) => `衬底 ${p.n} 的参数与来源`,
  'plating.slot.remove': '移除',
  'plating.slot.removeFor': (p) => `移除衬底 ${p.n}`,
  'plating.kind.tio2': 'TiO₂ 包覆铜',
  'plating.kind.las11': 'LAS (1:1) 包覆铜',
  'plating.kind.las14': 'LAS (1:4) 包覆铜',

  'plating.params.heading': '模型参数',
  'plating.params.headingFor': (p) => `模型参数：${p.label}`,
  'plating.params.close': '关闭',
  'plating.params.intro': '“文献值”来自旁边注明的论文；“模型选择”是本模拟必须自行选定的值，并附有理由。',
  'plating.params.caption': (p) => `${p.label} 的模型参数`,
  'plating.params.colParameter': '参数',
  'plating.params.colValue': '数值',
  'plating.params.colKind': '类别',
  'plating.params.colSource': '来源或理由',
  'plating.params.modelChoice': '模型选择',
  'plating.params.published': '文献值',
  'plating.source.via': (p) => `转引自 ${p.via}`,

  'plating.results.heading': '结果',
  'plating.results.export': '导出 CSV',
  'plating.results.empty': '暂无结果。',
  'plating.results.colResult': '结果',
  'plating.results.none': '无',
  'plating.results.published': (p) => `文献值 ${p.value}（${p.source}）`,
  'plating.results.publishedIn': (p) => `文献值 ${p.value}，电解液：${p.electrolyte}（${p.source}）`,
  'plating.results.sources': '来源',
  'plating.result.nucleationOverpotentialMV': '成核过电位',
  'plating.result.nucleiDensityPerCm2': '成核密度',
  'plating.result.meanNucleusDiameterUm': '晶核平均直径',
  'plating.result.exposedAreaRatio': '暴露面积比',
  'plating.result.roughnessRel': '粗糙度（标准差/均值）',
  'plating.result.maxToMeanHeight': '最大高度/平均高度',
  'plating.result.nucleiCounted': '模拟区域内的晶核数',
  'plating.result.depositHeightUm': '沉积层高度',
  'plating.result.porosity': '孔隙率',
  'plating.result.depositThicknessUm': '折合致密锂厚度',
  'plating.result.plateauPotentialMV': '相对 Li/Li⁺ 的生长平台电位',
  'plating.result.sandTimeS': 'Sand 时间',
  'plating.result.dendriteOnsetS': '枝晶萌生时间',
  'plating.result.coulombicEfficiency': '库仑效率（各循环平均）',
  'plating.result.deadLiMAhcm2': '死锂',
  'plating.result.seiLossMAhcm2': 'SEI 中结合的锂',

  'plating.note.title': (p) => `${p.name}：`,
  'plating.note.source': (p) => `${p.citation}（${p.about}）`,
  'plating.topic.tio2OnCu': 'Cu 上 ALD 沉积 TiO₂',
  'plating.topic.lasOnCu': 'Cu 上 ALD 沉积 LixAlyS（“LAS”）',
  'plating.topic.nucleationOnCu': 'Cu 上的锂成核',
  'plating.topic.sand': 'Sand 时间与枝晶萌生',
  'plating.topic.concentration': '贫化二元盐溶液的浓差过电位',
  'plating.topic.faraday': '法拉第定律，取锂的密度与摩尔质量',
  'plating.topic.deadLi': '剥离后的死锂与 SEI，滴定气相色谱法测定',
  'plating.note.plateauPotentialMV.meaning':
    '晶核开始长大后，电位稳定在略低于 0 V 的平台上：这是推动 Li⁺ 穿过 SEI、越过界面并通过电极附近贫盐电解液所需的电位。成核过电位从这个平台算起，而不是从 0 V 算起。',
  'plating.note.plateauPotentialMV.coating':
    '平台电位主要来自 SEI 的电阻和贫盐的电解液，在所有衬底上都一样；像 LAS 1:1 这样电阻较大的涂层会再加上自身的欧姆压降。' +
    '模型中的 SEI 电阻（20 Ω·cm²）是一个选定值，使 1 mA/cm² 下的平台落在实测电池所显示的几十 mV 范围内。',
  'plating.note.nucleationOverpotentialMV.meaning':
    '锂沉积开始时，电位会先降到稳定值以下：生成最初的锂晶核比之后让它们长大需要更大的驱动力。这个电位谷的深度（mV）就是成核过电位。',
  'plating.note.nucleationOverpotentialMV.coating':
    '裸铜疏锂，电位谷很深（Oyakhire 测得 129.5 mV）。薄的 ALD TiO₂ 层先嵌锂（电位谷之前的斜坡段），' +
    '嵌锂后的氧化物对锂润湿良好，因此电位谷变浅（5 nm 时为 20.2 mV）。两项 TiO₂ 研究对最佳膜厚看法不一：' +
    'Oyakhire 等认为 5 nm 最佳、10 nm 时电位谷又加深，而 Tan 等测试了 10、20、30 nm，认为 20 nm 最佳。' +
    '两者所用电解液和电池不同，因此“最佳膜厚”应视为尚无定论的问题，而非常数。',
  'plating.note.nucleiDensityPerCm2.meaning': '每平方厘米电极上形成的独立锂晶核数目。',
  'plating.note.nucleiDensityPerCm2.coating':
    '过电位越大，晶核越多：Pei 等发现 Cu 上的成核密度大致随过电位的三次方增加。亲锂涂层降低过电位，因此晶核更少、每个晶核长得更大。',
  'plating.note.nucleiCounted.meaning':
    '模拟的 51.2 × 51.2 µm 区域内形成的晶核数目，即上面的成核密度所依据的样本。几十个晶核只能给出粗略的密度，上千个则给出精确的密度。',
  'plating.note.nucleiCounted.coating': '亲锂涂层上形成的晶核少得多，因此其计数最少，密度的不确定性也最大。',
  'plating.note.meanNucleusDiameterUm.meaning': '俯视时锂岛的平均直径，单位 µm。',
  'plating.note.meanNucleusDiameterUm.coating':
    'Pei 等发现晶核尺寸大致与过电位成反比。Oyakhire 等在 5 nm TiO₂ 上观察到数量更少、尺寸更大且相互合并、横向铺展的晶核，而裸铜上是大量细小、孤立的晶核。',
  'plating.note.exposedAreaRatio.meaning':
    '与电解液接触的锂表面积除以电极的几何面积。每一处暴露的锂都会生长 SEI（钝化膜），消耗锂和电解液。',
  'plating.note.exposedAreaRatio.coating':
    '大量细小、分离的锂岛（裸铜）比少量大而合并的锂岛（TiO₂ 或 LAS 包覆铜）暴露出多得多的表面，这也是包覆铜循环库仑效率更高的原因之一。',
  'plating.note.roughnessRel.meaning': '沉积层的不均匀程度：高度的标准差除以平均高度。0 表示完全平整。',
  'plating.note.roughnessRel.coating':
    '能使锂均匀落位的涂层（电阻较大的 LAS 1:1 层使电流分布均匀；亲锂的 TiO₂ 促进晶核合并）得到比裸铜更平整、更致密的锂。',
  'plating.note.maxToMeanHeight.meaning':
    '沉积层最高点除以平均高度。接近 1 表示平整的膜；数值大表示有少数尖刺突出，即枝晶的开端。',
  'plating.note.maxToMeanHeight.coating':
    'Cao 等通过俯视和截面电子显微镜观察到，沉积后裸铜上有明显枝晶，而 50 nm LAS 包覆铜上没有。',
  'plating.note.depositHeightUm.meaning':
    '沉积层顶面的平均高度，单位 µm，在模拟的沉积物上测得。孔隙和分枝使其高于同样多的锂形成致密膜时的厚度。',
  'plating.note.depositHeightUm.coating': 'Tan 等发现 20 nm TiO₂ 包覆铜上的锂比裸铜上更致密：同样的电量，沉积层更矮。',
  'plating.note.porosity.meaning':
    '沉积层顶面以下不含锂（由电解液填充）的体积分数。0 表示致密锂。它是在模拟的沉积物上测出的，而非设定的：取决于每个离子在何处被还原。',
  'plating.note.porosity.coating':
    '在裸铜上，锂不润湿表面，沿突出部分生长，在悬垂结构下留下孔隙；在嵌锂 TiO₂ 上锂铺展并填实；在 LAS 下锂沉积于固态膜之下，形成致密层。' +
    '模型中随机游走的参数是模型选择，并未拟合实测的孔隙率。',
  'plating.note.depositThicknessUm.meaning':
    '所沉积的锂若为致密膜时的厚度，单位 µm，等于沉积层高度乘以（1 − 孔隙率）。按法拉第定律，1 mAh/cm² 的电量约对应 4.85 µm 致密锂。',
  'plating.note.depositThicknessUm.coating': '所有衬底上通过的电量相同，锂的量也相同；涂层改变的是锂的排布方式。',
  'plating.note.sandTimeS.meaning':
    '大电流下，电极表面 Li⁺ 的消耗快于扩散补充。Sand 时间是表面浓度降到零的时刻，它与电流密度的平方成反比。低于极限电流时不会出现（显示“无”）。',
  'plating.note.sandTimeS.coating': '涂层不改变电解液中的传质，因此所有衬底上的 Sand 时间相同。',
  'plating.note.dendriteOnsetS.meaning': '模型从苔藓状生长转为快速尖端生长（枝晶）的时刻。“无”表示本次运行中没有发生。',
  'plating.note.dendriteOnsetS.coating':
    '超过 Sand 时间后，生长集中到尖端。电阻较大的涂层（LAS 1:1）削弱尖端的吸引，保形固态电解质（LAS 1:4）使锂铺展开，因此它们的沉积层保持更平整。',

  'plating.note.coulombicEfficiency.meaning':
    '每个沉积–剥离循环中，剥离时取回的电量除以沉积时送入的电量。100% 表示每个沉积的锂原子都回来了；把上方的“循环次数”设为大于 0 即可测量。',
  'plating.note.coulombicEfficiency.coating':
    '包覆铜取回得更多：Oyakhire 等报告 5 nm TiO₂ 在 1 mA/cm² 下 150 次循环平均 96%（醚类电解液中），Cao 等报告 LAS 1:1 的 Li‖Cu 循环更长、效率更高。' +
    '含 LiNO₃ 的醚类电解液在所有衬底上都比碳酸酯效率更高，综述的展望也把电解液视为涂层的搭档；本模型目前只有碳酸酯电解液。',
  'plating.note.deadLiMAhcm2.meaning':
    '剥离时失去与电极最后接触的金属锂。它被 SEI 包裹留在原处，再也无法剥离。剥离后的截面图中以单独的颜色显示。',
  'plating.note.deadLiMAhcm2.coating':
    'Fang 等用滴定气相色谱法测得：铜上损失的锂主要是这种死金属锂，而不是 SEI 中结合的锂，效率越低越是如此。致密的沉积（TiO₂、LAS）从顶部均匀溶解，几乎不留残余；' +
    '裸铜上多孔、分叉的沉积则在细颈处被切断。',
  'plating.note.seiLossMAhcm2.meaning':
    '固体电解质界面膜消耗的锂：每个循环中，凡是接触电解液的新锂表面都会形成约 20 nm 的膜，另加第一次循环倾斜段的电量。',
  'plating.note.seiLossMAhcm2.coating':
    '它随暴露面积增长：许多小晶核和多孔沉积（裸铜）暴露的锂远多于 TiO₂ 上的致密膜或 LAS 膜下的锂。',

  'plating.snapshots.heading': '锂沉积过程中的俯视图',
  'plating.snapshots.empty': '尚未运行。',
  'plating.snapshots.notReached': '未达到',
  'plating.snapshots.at': (p) => `${p.label}，${sig(p.capacity)} mAh/cm²`,
  'plating.snapshots.strippedHeading': '剥离后的截面（死锂以单独颜色显示）',
  'plating.snapshots.afterStrip': (p) => `第 ${p.cycle} 次剥离后`,
  'plating.snapshots.afterStripOf': (p) => `${p.label}，第 ${p.cycle} 次剥离后`,

  'plating.model.heading': '模型：做了哪些简化',
  'plating.model.empty': '未列出简化。',

  'plating.view.noDeposit': '尚无沉积',
  'plating.view.noDepositOf': (p) => `${p.name}：尚无沉积。`,
  'plating.view.png': 'PNG',
  'plating.topView.name': '俯视图',
  'plating.topView.describe': (p) =>
    `${p.name}，${whole(p.sizeUm)} µm 见方区域在 ${sig(p.capacity, 2)} mAh/cm² 时的俯视图：` +
    `${whole(p.islands)} 个锂岛，覆盖约 ${percent(p.covered)} 的表面。`,
  'plating.topView.download': (p) => `将 ${p.label} 的俯视图下载为 PNG`,
  'plating.section.name': '截面',
  'plating.section.describe': (p) =>
    `${p.name}，宽 ${whole(p.widthUm)} µm、切于 y = ${sig(p.yUm, 3)} µm 处的截面，${sig(p.capacity, 2)} mAh/cm² 时：` +
    `锂沉积层平均高 ${sig(p.meanUm, 2)} µm，最高点高出铜表面 ${sig(p.maxUm, 2)} µm；锂中的暗色空隙是孔隙。${p.coating}`,
  'plating.section.describeStripped': (p) =>
    `${p.name}，宽 ${whole(p.widthUm)} µm、切于 y = ${sig(p.yUm, 3)} µm 处的截面，第 ${p.cycle} 次循环剥离之后：` +
    `留下与铜断开的死锂，相当于 ${sig(p.deadUm, 2)} µm 厚的致密层，最高达 ${sig(p.maxUm, 2)} µm。`,
  'plating.section.slice': '截面位置 y',
  'plating.section.sliceAt': (p) => `切于 y = ${sig(p.yUm, 3)} µm 处`,
  'plating.section.coatingShown': (p) => `${p.coating} 层显示为一行彩色单元。`,
  'plating.section.magnifyNext': (p) => `截面放大 ×${p.times}；按下切换到 ×${p.next}`,
  'plating.section.download': (p) => `将 ${p.label} 的截面下载为 PNG`,
  'plating.section.electrolyte': '电解液',
  'plating.section.deadLi': '死锂',
  'plating.section.coating': '涂层',
  'plating.view3d.name': '沉积层',
  'plating.view3d.empty': (p) => `${p.name}：三维高度图，尚无沉积。`,
  'plating.view3d.describe': (p) =>
    `${p.name}，${whole(p.sizeUm)} µm 见方区域的三维高度图：最高点 ${sig(p.maxUm, 2)} µm，` +
    `平均 ${sig(p.meanUm, 2)} µm，${p.scale}。拖动或用方向键旋转；加号和减号缩放。`,
  'plating.view3d.exaggerated': (p) => `高度放大 ${whole(p.times)} 倍显示`,
  'plating.view3d.toScale': '按真实比例显示',
  'plating.view3d.heightsNote': (p) => `高度 ×${whole(p.times)}`,
  'plating.view3d.reset': '重置视角',
  'plating.view3d.download': (p) => `将 ${p.label} 的三维视图下载为 PNG`,

  'plating.charts.capacityScale': '面容量坐标轴：',
  'plating.charts.log': '对数',
  'plating.charts.linear': '线性',
  'plating.charts.potentialRange': '电位范围：',
  'plating.charts.full': '全部',
  'plating.charts.nearZero': '0 V 附近',
  'plating.charts.potentialTitle': '电位–沉积面容量曲线',
  'plating.charts.capacityAxis': '面容量 (mAh/cm²)',
  'plating.charts.potentialAxis': '相对 Li 的电位 (mV)',
  'plating.charts.exposedTitle': '暴露面积比–面容量曲线',
  'plating.charts.exposedAxis': '暴露面积比',
  'plating.charts.ceTitle': '逐次循环的库仑效率',
  'plating.charts.ceAxis': '库仑效率（%）',
  'plating.charts.cycleAxis': '循环次数',
  'plating.charts.inactiveTitle': '每次循环后的失活锂：死锂（实线）与 SEI（虚线）',
  'plating.charts.inactiveAxis': '失活锂（mAh/cm²）',
  'plating.charts.deadLiOf': (p) => `${p.label}：死锂`,
  'plating.charts.seiOf': (p) => `${p.label}：SEI`,
  'plating.charts.diametersAtEnd': '结束时的锂岛直径',
  'plating.charts.diametersAt': (p) => `${sig(p.capacity)} mAh/cm² 时的锂岛直径`,
  'plating.charts.showDiameters': '显示锂岛直径',
  'plating.charts.atEnd': '结束时',
  'plating.charts.at': (p) => `${sig(p.capacity)} mAh/cm² 时`,
  'plating.charts.diameterAxis': '直径 (µm)',
  'plating.charts.countAxis': '计数',
};
