import type { Translation } from '../catalogue-types.ts';
import type { aldModel as en } from '../en/ald-model.ts';

const MACHBALL_DOSE_WHY =
  '采用 machball 教程中的剂量条件（10 Pa，每个化学吸附分子占 0.2 nm²，Yanguas-Gil & Elam 2014），' +
  '并按该教程的做法选取黏附概率，使每种前驱体 20 ms 的脉冲在文献温度下达到约 98 % 的饱和。并非针对本工艺的实测值。';
const TMA_STERIC_WHY = '与 Al2O3 相同的 TMA 半反应：表面键合的 -Al(CH3)2 上的甲基遮蔽了最近邻位点。';

export const aldModel: Translation<typeof en> = {
  'aldModel.process.al2o3.name': 'ALD Al2O3（三甲基铝 / 水）',
  'aldModel.process.al2o3.temperatureWindowWhy':
    'TMA/H2O 体系约从 33 °C 起即可生长（Groner et al. 2004）；低于约 60 °C 时水的半反应变慢、所需吹扫时间变长，' +
    '高于约 250 °C 时表面 -OH 基团脱除。窗口边界是教学上的取值，并非实测极限。',
  'aldModel.process.al2o3.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.al2o3.residenceTimeWhy': '取小型实验室反应器的腔体体积与抽速之比；TMA 和水在数秒内即被抽走。',
  'aldModel.process.al2o3.stericRadiusWhy':
    '表面键合的 -Al(CH3)2 上剩余的两个甲基遮蔽了最近邻的 -OH 位点；这正是 TMA/H2O 每循环生长量不足一个单层的原因' +
    '（Puurunen, J. Appl. Phys. 2005）。',

  'aldModel.process.alucone-eg.name': 'MLD 铝基杂化膜 alucone（三甲基铝 / 乙二醇）',
  'aldModel.process.alucone-eg.temperatureWindowWhy':
    'Dameron 等报道 85 °C 时约 4 Å/循环，175 °C 时降至约 0.4 Å/循环。在统一的 40 °C 边缘宽度下，' +
    '将窗口上限取为 115 °C，可使模型在 175 °C 时接近 0.4 Å。低于 60 °C 时乙二醇开始冷凝。',
  'aldModel.process.alucone-eg.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-eg.residenceTimeWhy':
    'TMA 会渗入多孔的 alucone 膜并缓慢逸出，因此分子层沉积需要较长的吹扫时间（Jain, Creatore, Poodt, Dalton Trans. 2022）。',
  'aldModel.process.alucone-eg.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.alucone-hq.name': 'MLD 铝基杂化膜 alucone（三甲基铝 / 对苯二酚）',
  'aldModel.process.alucone-hq.temperatureWindowWhy':
    '对苯二酚蒸气压低，在较冷的表面上会冷凝；150 °C 的生长温度点位于围绕它选取的窗口之内。',
  'aldModel.process.alucone-hq.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-hq.residenceTimeWhy': '对苯二酚易附着在较冷的腔壁和管路上，因此比水更慢被抽出腔体。',
  'aldModel.process.alucone-hq.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.nylon66.name': 'MLD 尼龙-6,6（己二酰氯 / 己二胺）',
  'aldModel.process.nylon66.temperatureWindowWhy':
    '聚酰胺分子层沉积在 70–115 °C 之间的每循环生长量为 3.5–4.5 Å，尼龙-2,6 在约 67 °C 时达到峰值' +
    '（Myers & George 2021）；窗口围绕 62 °C 的生长温度点选取。',
  'aldModel.process.nylon66.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.nylon66.residenceTimeWhy': '两种有机前驱体蒸气压都很低且易附着于腔壁，因此吹扫较慢。',
  'aldModel.process.nylon66.stericRadiusWhy': '己二酰氯是长链分子，倾斜地覆盖在表面上，遮蔽周围全部八个位点，而不仅是最近的四个。',
  'aldModel.process.nylon66.doubt': '该综述给出 19 Å/循环；同一篇论文也有约 12.5 Å/循环的引用值。尚未与原始文献核对。',

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
