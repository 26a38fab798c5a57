import type { Translation } from '../catalogue-types.ts';
import type { aldModel as en } from '../en/ald-model.ts';

const MACHBALL_DOSE_WHY =
  '采用 machball 教程中的剂量条件（10 Pa，每个化学吸附分子占 0.2 nm²，Yanguas-Gil & Elam 2014），' +
  '并按该教程的做法选取黏附概率，使每种前驱体 20 ms 的脉冲在文献温度下达到约 98 % 的饱和。并非针对本工艺的实测值。';
const TMA_STERIC_WHY = '与 Al2O3 相同的 TMA 半反应：表面键合的 -Al(CH3)2 上的甲基遮蔽了最近邻位点。';

export const aldModel: Translation<typeof en> = {
  'aldModel.process.al2o3.name': 'ALD Al2O3（三甲基铝 / 水）',
  'aldModel.process.al2o3.temperatureWindowWhy':
    'TMA/H2O 体系约从 33 °C 起即可生长（Groner et al. 2004）；低于约 60 °C 时水的半反应变慢、所需吹扫时间变长' +
    '（教学上的取值，并非实测极限）。高温一侧有文献依据且没有陡降：表面越热，保留的 -OH 基团越少，生长量缓慢下降' +
    '（Puurunen 2005）。模型从 80 °C 的 1.3 Å 到 300 °C 的约 1 Å 画一条直线（300 °C 即此处所示窗口的上限），' +
    '并沿此直线延伸到 400 °C。高温下 TMA 自身在表面分解的情形未建模。',
  'aldModel.process.al2o3.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.al2o3.residenceTimeWhy': '取小型实验室反应器的腔体体积与抽速之比；TMA 和水在数秒内即被抽走。',
  'aldModel.process.al2o3.stericRadiusWhy':
    '表面键合的 -Al(CH3)2 上剩余的两个甲基遮蔽了最近邻的 -OH 位点；这正是 TMA/H2O 每循环生长量不足一个单层的原因' +
    '（Puurunen, J. Appl. Phys. 2005）。',

  'aldModel.process.alucone-eg.name': 'MLD 铝基杂化膜 alucone（三甲基铝 / 乙二醇）',
  'aldModel.process.alucone-eg.temperatureWindowWhy':
    'Dameron 等报道 85 °C 时约 4 Å/循环，175 °C 时降至约 0.4 Å/循环。在统一的 40 °C 边缘宽度下，' +
    '将窗口上限取为 115 °C，可使模型在 175 °C 时接近 0.4 Å；两点之间的下降形状（结合的片段脱附）是模型取值。' +
    '低于 60 °C 时乙二醇开始冷凝。',
  'aldModel.process.alucone-eg.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-eg.residenceTimeWhy':
    'TMA 会渗入多孔的 alucone 膜并缓慢逸出，因此分子层沉积需要较长的吹扫时间（Jain, Creatore, Poodt, Dalton Trans. 2022）。',
  'aldModel.process.alucone-eg.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.alucone-hq.name': 'MLD 铝基杂化膜 alucone（三甲基铝 / 对苯二酚）',
  'aldModel.process.alucone-hq.temperatureWindowWhy':
    '对苯二酚蒸气压低，在较冷的表面上会冷凝；150 °C 的生长温度点位于围绕它选取的窗口之内。' +
    '此处所用文献没有给出其他温度下的生长量，因此两侧边界及边界外的形状均为模型取值。',
  'aldModel.process.alucone-hq.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-hq.residenceTimeWhy': '对苯二酚易附着在较冷的腔壁和管路上，因此比水更慢被抽出腔体。',
  'aldModel.process.alucone-hq.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.nylon66.name': 'MLD 尼龙-6,6（己二酰氯 / 己二胺）',
  'aldModel.process.nylon66.temperatureWindowWhy':
    '聚酰胺分子层沉积在 70–115 °C 之间的每循环生长量为 3.5–4.5 Å，尼龙-2,6 在约 67 °C 时达到峰值' +
    '（Myers & George 2021）；窗口围绕 62 °C 的生长温度点选取。此处所用文献没有尼龙-6,6 的温度系列数据，' +
    '因此边界及边界外的形状均为模型取值。',
  'aldModel.process.nylon66.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.nylon66.residenceTimeWhy': '两种有机前驱体蒸气压都很低且易附着于腔壁，因此吹扫较慢。',
  'aldModel.process.nylon66.stericRadiusWhy': '己二酰氯是长链分子，倾斜地覆盖在表面上，遮蔽周围全部八个位点，而不仅是最近的四个。',
  'aldModel.process.nylon66.doubt': '该综述给出 19 Å/循环；同一篇论文也有约 12.5 Å/循环的引用值。尚未与原始文献核对。',

  'aldModel.process.tio2.name': 'ALD TiO2（乙醇钛 / 水）',
  'aldModel.process.tio2.temperatureWindowWhy':
    'Aarik 等人发现乙醇钛的吸附在 100–250 °C 之间是自限性的；高于 250 °C 前驱体会分解。窗口即为该文献范围，' +
    '边界外的平滑过渡沿用统一的教学取值。',
  'aldModel.process.tio2.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.tio2.residenceTimeWhy': '乙醇钛蒸气压低，易附着于腔壁和管路，因此比 TMA 吹扫得慢。',
  'aldModel.process.tio2.stericRadiusWhy':
    '表面键合的 -Ti(OC2H5)3 上剩下的三个乙氧基比 TMA 的甲基更大，会遮蔽周围全部八个位点，而不仅是最近的四个。',
  'aldModel.process.tio2.doubt':
    '该综述给出 Tan 等人（2020）在铜上生长的 TiO2 每循环 0.8 nm，是通常 TiO2 ALD 的十倍左右：Aarik 等人测得此化学体系' +
    '每循环 0.06 nm，其他钛前驱体为 0.015–0.18 nm。反应器采用 0.06 nm。Tan 等人和 Oyakhire 等人所用的前驱体此处未核实。',

  'aldModel.process.li2s.name': 'ALD Li2S（叔丁醇锂 / H2S）',
  'aldModel.process.li2s.temperatureWindowWhy':
    '为与 Al2S3 的窗口（100–250 °C）重叠而选取，使 LAS 的两个子工艺可以在同一温度下进行。未与 Li2S 原始论文核对。',
  'aldModel.process.li2s.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.li2s.residenceTimeWhy': '叔丁醇锂是挥发性低的固体，H2S 易附着于腔壁；二者都比水离开得慢。',
  'aldModel.process.li2s.stericRadiusWhy': '键合在锂上的叔丁氧基遮蔽最近邻位点，与 TMA 的甲基作用相同。',
  'aldModel.process.li2s.doubt':
    '本工艺的每循环生长量并未从 Meng 等人（2014）的论文中读取。0.06 nm 只是替代值：用同一种叔丁醇锂进行 Li2CO3 热 ALD ' +
    '时每循环生长 0.060 nm（Hornsveld 等人，RSC Adv. 2017）。半反应按简单的配体交换绘制，并非取自该论文。',

  'aldModel.process.al2s3.name': 'ALD Al2S3（TDMAA / H2S）',
  'aldModel.process.al2s3.temperatureWindowWhy':
    'Meng 等人（2017）发现该生长在 100–250 °C 之间是自限性的，每循环生长量从 100 °C 时约 0.45 Å 线性下降到 ' +
    '250 °C 时约 0.1 Å。窗口即为该范围。',
  'aldModel.process.al2s3.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.al2s3.residenceTimeWhy': 'TDMAA 和 H2S 都易附着于反应器腔壁，因此需要比 TMA 和水更长的吹扫。',
  'aldModel.process.al2s3.stericRadiusWhy': '键合铝上剩下的两个二甲氨基遮蔽最近邻位点，与 TMA 的甲基作用相同。',

  'aldModel.molecule.titanium-ethoxide': '乙醇钛',
  'aldModel.molecule.ethanol': '乙醇',
  'aldModel.molecule.triethoxytitanium-surface': '表面三乙氧基钛基团',
  'aldModel.molecule.trihydroxytitanium-surface': '表面三羟基钛基团',
  'aldModel.molecule.lithium-tert-butoxide': '叔丁醇锂（LTB）',
  'aldModel.molecule.hydrogen-sulfide': '硫化氢',
  'aldModel.molecule.tert-butanol': '叔丁醇',
  'aldModel.molecule.lithium-tert-butoxide-surface': '吸附在表面巯基上的叔丁醇锂',
  'aldModel.molecule.lithium-hydrosulfide-surface': '表面硫氢化锂基团',
  'aldModel.molecule.tdmaa': '三（二甲氨基）铝（TDMAA）',
  'aldModel.molecule.dimethylamine': '二甲胺',
  'aldModel.molecule.bis-dimethylamido-aluminium-surface': '表面二（二甲氨基）铝基团',
  'aldModel.molecule.dimercaptoaluminium-surface': '表面二巯基铝基团',

  'aldModel.sequence.empty': '序列为空',
  'aldModel.sequence.notSequence': (p) =>
    `${p.value} 不是序列：请写成 al2o3*50,alucone-eg*50 或 (li2s*1,al2s3*4)*25 这样的段`,
  'aldModel.sequence.badRun': (p) => `${p.value} 不是一段工艺：请写成 <工艺>*<循环数>，例如 al2o3*50`,
  'aldModel.sequence.badCount': (p) => `${p.where} 中的 ${p.value} 不是循环数`,
  'aldModel.sequence.unknownProcess': (p) => `没有工艺 ${p.value}（已知：${p.known}）`,
  'aldModel.sequence.brackets': (p) => `${p.value}：括号不配对或有嵌套`,
  'aldModel.sequence.badSupercycle': (p) =>
    `${p.value} 不是超循环：请把各段写在括号内，重复次数写在括号后，例如 (li2s*1,al2s3*4)*25`,
  'aldModel.sequence.supercycleSize': (p) => `${p.value}：一个超循环包含 1 到 ${p.max} 段`,
  'aldModel.sequence.tooManyBlocks': (p) => `${p.count} 个段：一个序列最多 ${p.max} 个`,
  'aldModel.sequence.tooLong': (p) => `共 ${p.total} 个循环：一个序列最多 ${p.max} 个`,

  'aldModel.molecule.tma': '三甲基铝（TMA）',
  'aldModel.molecule.water': '水',
  'aldModel.molecule.methane': '甲烷',
  'aldModel.molecule.ethylene-glycol': '乙二醇（EG）',
  'aldModel.molecule.hydroquinone': '对苯二酚（HQ）',
  'aldModel.molecule.adipoyl-chloride': '己二酰氯（AC）',
  'aldModel.molecule.hexanediamine': '1,6-己二胺（HD）',
  'aldModel.molecule.hydrogen-chloride': '氯化氢',
  'aldModel.molecule.dimethylaluminium-surface': '表面二甲基铝基团',
  'aldModel.molecule.dihydroxyaluminium-surface': '表面二羟基铝基团',
  'aldModel.molecule.aluminium-glycolate-surface': '表面乙二醇铝基团',
  'aldModel.molecule.aluminium-hydroquinolate-surface': '表面对苯二酚铝基团',
  'aldModel.molecule.acid-chloride-end-surface': '表面酰氯端基',
  'aldModel.molecule.nylon66-repeat-surface': '表面尼龙-6,6 重复单元',
};
