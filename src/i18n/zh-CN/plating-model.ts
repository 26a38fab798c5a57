import type { Translation } from '../catalogue-types.ts';
import { fixed, scientific, sig } from '../format.ts';
import type { platingModel as en } from '../en/plating-model.ts';

export const platingModel: Translation<typeof en> = {
  'platingModel.error.unknownSubstrate': (p) =>
    `未知衬底“${p.id}”：请使用 cu、tio2-<nm>、las11-<nm> 或 las14-<nm>。`,
  'platingModel.error.thickness': (p) => `衬底“${p.id}”：${p.coating} 膜厚须在 ${sig(p.min)}–${sig(p.max)} nm 之间。`,
  'platingModel.error.current': (p) => `电流密度 ${sig(p.value)} mA/cm² 超出允许范围 ${sig(p.min)}–${sig(p.max)} mA/cm²。`,
  'platingModel.error.capacity': (p) => `面容量 ${sig(p.value)} mAh/cm² 超出允许范围 ${sig(p.min)}–${sig(p.max)} mAh/cm²。`,
  'platingModel.error.platingCycles': (p) => `循环次数 ${sig(p.value)} 须为 ${p.min} 到 ${p.max} 之间的整数。`,
  'platingModel.error.noSubstrate': '请至少选择一种衬底。',
  'platingModel.error.notStarted': '锂沉积模型尚未初始化，无法继续推进。',

  'platingModel.substrate.cu': '裸铜',
  'platingModel.substrate.tio2': (p) => `${sig(p.nm)} nm TiO₂ 包覆铜`,
  'platingModel.substrate.las11': (p) => `${sig(p.nm)} nm LAS (1:1) 包覆铜`,
  'platingModel.substrate.las14': (p) => `${sig(p.nm)} nm LAS (1:4) 包覆铜`,

  'platingModel.coarsened': (p) => `为缩短这次长时间运行，晶格已粗化为 ${fixed(p.cellUm, 1)} µm 的单元（${p.n}×${p.n}）。`,

  'platingModel.electrolyte.carbonate': '1 M LiPF₆ / EC:EMC (3:7) 碳酸酯电解液',
  'platingModel.electrolyte.ether': '1 M LiTFSI / DOL:DME 醚类电解液，含 1 wt% LiNO₃',
  'platingModel.electrolyte.notGiven': '综述中未注明',

  'platingModel.published.higherThan5nm': '高于 5 nm 时的值',
  'platingModel.published.lowestOfTan': '在 10、20、30 nm 中最低',
  'platingModel.published.noDendrites': '无枝晶（SEM，50 nm LAS 1:1）',

  'platingModel.note.tio2Disagreement':
    '两项 TiO₂ 研究的结论不一致：Oyakhire 等认为 5 nm 最佳（成核过电位最低，10 nm 时又升高），' +
    '而 Tan 等在 10、20、30 nm 中发现 20 nm 最佳。本模型采用 Oyakhire 的过电位数据，因此较厚的 TiO₂ 在这里成核更差。',

  'platingModel.value.pair': (p) => `${fixed(p.a, 2)} / ${fixed(p.b, 2)}`,

  'platingModel.param.electrolyte': '电解液',
  'platingModel.param.diffusivity': '盐扩散系数 D',
  'platingModel.param.concentration': '盐浓度 c₀',
  'platingModel.param.transference': 'Li⁺ 迁移数 t₊',
  'platingModel.param.depth': '电解液深度',
  'platingModel.param.exchangeCurrent': '交换电流密度 i₀',
  'platingModel.param.chargeSink': '成核前电荷消耗（赝电容）',
  'platingModel.param.slopeCharge': '成核前斜坡段电量',
  'platingModel.param.rateAt100mV': '100 mV 下的成核速率',
  'platingModel.param.rateExponent': '成核速率指数（速率 ∝ ηⁿ）',
  'platingModel.param.interfaceEnergy': '用于 r* 与 Gibbs–Thomson 效应的界面能',
  'platingModel.param.capShape': '锂岛底面半径 / 高度',
  'platingModel.param.captureLength': '吸附原子捕获长度',
  'platingModel.param.coatingAsr': '涂层面电阻',
  'platingModel.param.coalescenceRadius': '锂岛合并半径',
  'platingModel.param.relaxationLength': '表面弛豫长度',
  'platingModel.param.underCoatSpread': '涂层下方的铺展距离',
  'platingModel.param.walkDrift': 'Sand 时间之前 / 之后离子向电极的漂移（每步）',
  'platingModel.param.stickChance': 'Sand 时间之前离子接触锂时被还原的概率',

  'platingModel.why.electrolyte': (p) =>
    `所有衬底使用同一种电解液，即 Cao 等所用的电解液。按其 D、c₀ 和 t₊，在 ${sig(p.currentMAcm2)} mA/cm² 下 Sand 时间为 ${sig(p.sandS, 2)} s。`,
  'platingModel.why.diffusivity': '碳酸酯体系中 LiPF₆ 的典型值：Valøen 与 Reimers 在 1 M、25 °C 下测得的数值与此相近。',
  'platingModel.why.transference': '碳酸酯体系中 LiPF₆ 的典型值（Valøen 与 Reimers）。',
  'platingModel.why.depth': '采用富液电池，电解液足够深，可视为半无限扩散，因此存在 Sand 时间。',
  'platingModel.why.chargeSink': '在晶核承载电流之前，SEI 形成与吸附会消耗电荷；若不考虑，电位谷只会持续几毫秒。',
  'platingModel.why.slopeChargeTio2': (p) => `整层膜按每个 TiO₂ 嵌入 ${sig(p.liPerTi)} 个 Li 计（密度 ${sig(p.densityGcm3)} g/cm³），对应嵌锂斜坡段。`,
  'platingModel.why.slopeChargeSei': 'SEI 形成所需电量，为估计值。',
  'platingModel.why.rateAt100mV': '经过标定，使模拟得到的电位谷与文献报道的成核过电位一致。',
  'platingModel.why.rateExponent': '一次性标定，使成核密度在不同电流下遵循 Pei 的 η³ 关系（晶核数量本身由模拟得出）。',
  'platingModel.why.interfaceEnergy': (p) => `有效值；若取体相值 ${sig(p.bulkJm2)} J/m²，成核势垒会高得不合理。`,
  'platingModel.why.capShapeCu': '疏锂的 Cu 上为半球形锂帽。',
  'platingModel.why.capShapeWetting': '亲锂表面上锂帽更扁平。',
  'platingModel.why.captureLength': '在已嵌锂表面上还原的 Li 会并入附近的锂岛，表现为横向生长。',
  'platingModel.why.lasAsr': (p) => `厚度除以电导率（1:1 为 ${scientific(p.las11SCm)} S/cm，1:4 为 ${scientific(p.las14SCm)} S/cm）。`,
  'platingModel.why.noCoating': '无涂层。',
  'platingModel.why.tio2Asr': (p) => `较小的串联电阻，每 nm TiO₂ 为 ${sig(p.perNmOhmCm2)} Ω·cm²。`,
  'platingModel.why.coalescenceRadius': '相互接触的锂岛中只要有一个比此值窄就会合并；更宽的锂岛相遇后保持为独立晶粒。',
  'platingModel.why.relaxationLength': 'Sand 时间之前有表面平滑，之后不再平滑。',
  'platingModel.why.underCoatSpread': '在固态离子导体下方沉积的锂会填充附近的最低处。',
  'platingModel.why.walkDrift': '每个离子从电解液随机游走到沉积物表面，电场使其步伐偏向电极。到达 Sand 时间后，电极附近的电解液层被耗尽，那里的电场随之增强。数值对应 0.4 µm 的格子，并随格子尺寸缩放。',
  'platingModel.why.stickChanceCu': '锂在最先接触沉积物的位置附近被还原，且不润湿 Cu，因此沿着突出的部分生长，形成多孔的苔藓状沉积。',
  'platingModel.why.stickChanceWetting': '锂润湿 LiₓTiO₂，在被还原前会寻找结合更好的位置，晶粒因此被填实，膜更致密。',

  'platingModel.simplification.oneOverpotential': '整个电极上的过电位处处相同；同时生成的晶核作为一组追踪。',
  'platingModel.simplification.calibratedBarriers': '各衬底的成核势垒按文献中的电位谷标定，而非由表面能计算得出。',
  'platingModel.simplification.denseLi': '沉积物是 0.4 µm 立方格子组成的三维晶格上的锂，每个离子随机游走，每份电荷量子生长一个格子；会形成孔隙和悬垂结构，但没有 SEI 壳层，小于一个格子的细节无法分辨。',
  'platingModel.simplification.focusingRule': '不求解电场：随机游走带有均匀的漂移；Sand 时间之后，一条规则把大部分离子送往附近最高的柱，即真实电场最强之处。',
  'platingModel.simplification.oneElectrolyte': '所有衬底使用同一种电解液：1 M LiPF₆ / EC:EMC；而文献中的 TiO₂ 数据是在醚类电解液中测得的。',
  'platingModel.simplification.sandDiffusion': 'Sand 时间由深层富液电池中的一维盐扩散得出；扣式电池的薄隔膜下不会达到 Sand 时间。',
  'platingModel.simplification.thinCoatings': '涂层比一个晶格单元还薄，绘制时按一个单元厚显示。',
  'platingModel.simplification.stripping':
    '剥离时锂先从沉积顶部逐列溶出（LAS 膜下则从附近最高的列溶出）；与电极断开的锂成为死锂并留在原处。剥离电位不作计算：当不再有与电极相连的锂时，半循环结束，真实电池的电位此时会跳到截止值。',
  'platingModel.simplification.sei':
    'SEI 不画出：每个循环中，在该循环暴露的最大锂面积上形成一层厚度和含锂量固定的膜，其电量从沉积电流中扣除。离子可穿过死锂，如同穿过其孔隙。',
  'platingModel.simplification.curvesFirstPlating': '电位与面积曲线、岛和 SEM 系列快照都取自首次沉积；结果表中的沉积形貌数值也是如此。',
};
