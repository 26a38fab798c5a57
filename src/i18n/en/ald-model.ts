/**
 * Words of the ALD/MLD model. Keys start with "aldModel.". Processes are keyed by their id
 * (worker/ald/processes/<id>.json) and molecules by theirs; worker/ald/process-words.ts builds
 * the keys, and a test checks every shipped process has them all. Formulas, citations and DOIs
 * stay in the data.
 */

/** All four processes share the machball tutorial's dose conditions. */
const MACHBALL_DOSE_WHY =
  "The machball tutorial's dose (10 Pa, 0.2 nm² per chemisorbed molecule, Yanguas-Gil & Elam 2014) with sticking " +
  'probabilities chosen so that a 20 ms pulse of each precursor is about 98 % saturated at the published temperature, ' +
  'as in that tutorial. Not measured for this process.';
const TMA_STERIC_WHY = 'Same TMA half-reaction as Al2O3: the methyl groups of a bound -Al(CH3)2 shade the nearest sites.';

export const aldModel = {
  'aldModel.process.al2o3.name': 'ALD Al2O3 (TMA / H2O)',
  'aldModel.process.al2o3.temperatureWindowWhy':
    'TMA/H2O grows from about 33 °C upward (Groner et al. 2004); below about 60 °C the water half-reaction slows and ' +
    'purges get long (a teaching choice, not a measured limit). The hot side is published and has no edge: the hotter ' +
    'surface holds fewer -OH groups, so growth falls slowly (Puurunen 2005). The model draws a straight line from 1.3 Å ' +
    'at 80 °C to about 1 Å at 300 °C, the top of the window shown here, and carries it on to 400 °C. ' +
    'TMA decomposing on a very hot surface is not modelled.',
  'aldModel.process.al2o3.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.al2o3.residenceTimeWhy':
    'Chamber volume over pumping speed for a small laboratory reactor; TMA and water leave in seconds.',
  'aldModel.process.al2o3.stericRadiusWhy':
    'The two methyl groups left on a bound -Al(CH3)2 shade the nearest neighbouring -OH sites; this is why TMA/H2O ' +
    'grows less than a monolayer per cycle (Puurunen, J. Appl. Phys. 2005).',

  'aldModel.process.alucone-eg.name': 'MLD alucone (TMA / ethylene glycol)',
  'aldModel.process.alucone-eg.temperatureWindowWhy':
    'Dameron et al. report about 4 Å/cycle at 85 °C falling to about 0.4 Å/cycle at 175 °C. With the shared 40 °C ' +
    'edge width, an upper edge at 115 °C puts the model near 0.4 Å at 175 °C; the shape of the fall between those two ' +
    'points (bound fragments leaving) is a model choice. Below 60 °C ethylene glycol starts to condense.',
  'aldModel.process.alucone-eg.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-eg.residenceTimeWhy':
    'TMA soaks into the porous alucone and leaves slowly, so MLD needs long purges (Jain, Creatore, Poodt, Dalton Trans. 2022).',
  'aldModel.process.alucone-eg.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.alucone-hq.name': 'MLD alucone (TMA / hydroquinone)',
  'aldModel.process.alucone-hq.temperatureWindowWhy':
    'Hydroquinone has a low vapour pressure and condenses on a cool surface; the 150 °C growth point sits inside a ' +
    'window chosen around it. The sources used here publish no growth rate at other temperatures, so both edges and ' +
    'the shape beyond them are a model choice.',
  'aldModel.process.alucone-hq.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-hq.residenceTimeWhy':
    'Hydroquinone sticks to cool walls and lines, so it leaves the chamber more slowly than water.',
  'aldModel.process.alucone-hq.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.nylon66.name': 'MLD nylon-6,6 (adipoyl chloride / hexanediamine)',
  'aldModel.process.nylon66.temperatureWindowWhy':
    'Polyamide MLD grows at 3.5–4.5 Å/cycle between 70 and 115 °C and nylon 2,6 peaks near 67 °C (Myers & George ' +
    '2021); the window is drawn around the 62 °C growth point. No temperature series is published for nylon-6,6 in ' +
    'the sources used here, so the edges and the shape beyond them are a model choice.',
  'aldModel.process.nylon66.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.nylon66.residenceTimeWhy':
    'Both organic precursors have low vapour pressures and stick to walls, so they are slow to purge.',
  'aldModel.process.nylon66.stericRadiusWhy':
    'Adipoyl chloride is a long chain that lies tilted over the surface and hides the eight surrounding sites, not only the nearest four.',
  'aldModel.process.nylon66.doubt':
    'The review gives 19 Å/cycle; about 12.5 Å/cycle is also quoted for the same paper. Not yet checked against the primary source.',

  'aldModel.process.tio2.name': 'ALD TiO2 (titanium ethoxide / H2O)',
  'aldModel.process.tio2.temperatureWindowWhy':
    'Aarik et al. found titanium ethoxide adsorption self-limiting from 100 to 250 °C; above 250 °C the precursor ' +
    'decomposes. The window is that published range; its smooth edges are the shared teaching choice.',
  'aldModel.process.tio2.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.tio2.residenceTimeWhy':
    'Titanium ethoxide has a low vapour pressure and clings to walls and lines, so it purges more slowly than TMA.',
  'aldModel.process.tio2.stericRadiusWhy':
    'The three ethoxy groups left on a bound -Ti(OC2H5)3 are bulkier than the methyls of TMA and shade the eight ' +
    'surrounding sites, not only the nearest four.',
  'aldModel.process.tio2.doubt':
    'The review prints 0.8 nm per cycle for the TiO2 that Tan et al. (2020) grew on Cu, ten times more than TiO2 ALD ' +
    'usually gives: Aarik et al. measured 0.06 nm per cycle for this chemistry, and other titanium precursors give ' +
    '0.015 to 0.18 nm. The Reactor uses 0.06 nm. Which precursor Tan et al. and Oyakhire et al. used is not checked here.',

  'aldModel.process.li2s.name': 'ALD Li2S (lithium tert-butoxide / H2S)',
  'aldModel.process.li2s.temperatureWindowWhy':
    'Chosen to overlap the Al2S3 window (100–250 °C), so that the two sub-processes of LAS can share one temperature. ' +
    'Not checked against the Li2S paper.',
  'aldModel.process.li2s.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.li2s.residenceTimeWhy':
    'Lithium tert-butoxide is a low-volatility solid and H2S sticks to walls; both leave more slowly than water.',
  'aldModel.process.li2s.stericRadiusWhy':
    'The tert-butoxide ligand kept on the bound lithium shades its nearest neighbours, as the methyls of TMA do.',
  'aldModel.process.li2s.doubt':
    'The growth per cycle of this process was not read from Meng et al. (2014). 0.06 nm is a stand-in: the thermal ' +
    'ALD of Li2CO3 from the same lithium tert-butoxide grows 0.060 nm per cycle (Hornsveld et al., RSC Adv. 2017). ' +
    'The half-reactions are drawn as a simple exchange, not taken from the paper.',

  'aldModel.process.al2s3.name': 'ALD Al2S3 (TDMAA / H2S)',
  'aldModel.process.al2s3.temperatureWindowWhy':
    'Meng et al. (2017) found the growth self-limiting from 100 to 250 °C, with the growth per cycle falling in a ' +
    'straight line from about 0.45 Å at 100 °C to about 0.1 Å at 250 °C. The window is that range.',
  'aldModel.process.al2s3.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.al2s3.residenceTimeWhy':
    'TDMAA and H2S both stick to the reactor walls, so they need longer purges than TMA and water.',
  'aldModel.process.al2s3.stericRadiusWhy':
    'The two dimethylamido groups left on a bound aluminium shade the nearest sites, like the methyls of TMA.',

  'aldModel.molecule.titanium-ethoxide': 'titanium ethoxide',
  'aldModel.molecule.ethanol': 'ethanol',
  'aldModel.molecule.triethoxytitanium-surface': 'triethoxytitanium on the surface',
  'aldModel.molecule.trihydroxytitanium-surface': 'trihydroxytitanium on the surface',
  'aldModel.molecule.lithium-tert-butoxide': 'lithium tert-butoxide (LTB)',
  'aldModel.molecule.hydrogen-sulfide': 'hydrogen sulfide',
  'aldModel.molecule.tert-butanol': 'tert-butanol',
  'aldModel.molecule.lithium-tert-butoxide-surface': 'lithium tert-butoxide on a surface thiol',
  'aldModel.molecule.lithium-hydrosulfide-surface': 'lithium hydrosulfide on the surface',
  'aldModel.molecule.tdmaa': 'tris(dimethylamido)aluminium (TDMAA)',
  'aldModel.molecule.dimethylamine': 'dimethylamine',
  'aldModel.molecule.bis-dimethylamido-aluminium-surface': 'bis(dimethylamido)aluminium on the surface',
  'aldModel.molecule.dimercaptoaluminium-surface': 'dimercaptoaluminium on the surface',

  // Sequences (worker/ald/sequence.ts): why a sequence was refused, naming the part at fault.
  'aldModel.sequence.empty': 'the sequence is empty',
  'aldModel.sequence.notSequence': (p: { value: string }) =>
    `${p.value} is not a sequence: write blocks such as al2o3*50,alucone-eg*50 or (li2s*1,al2s3*4)*25`,
  'aldModel.sequence.badRun': (p: { value: string }) => `${p.value} is not a run: write <process>*<cycles>, e.g. al2o3*50`,
  'aldModel.sequence.badCount': (p: { value: string; where: string }) => `${p.value} in ${p.where} is not a number of cycles`,
  'aldModel.sequence.unknownProcess': (p: { value: string; known: string }) => `no process ${p.value} (known: ${p.known})`,
  'aldModel.sequence.brackets': (p: { value: string }) => `${p.value}: brackets do not match, or are nested`,
  'aldModel.sequence.badSupercycle': (p: { value: string }) =>
    `${p.value} is not a supercycle: write its runs in brackets and the repeats after them, e.g. (li2s*1,al2s3*4)*25`,
  'aldModel.sequence.supercycleSize': (p: { value: string; max: number }) => `${p.value}: a supercycle holds 1 to ${p.max} runs`,
  'aldModel.sequence.tooManyBlocks': (p: { count: number; max: number }) => `${p.count} blocks: a sequence holds at most ${p.max}`,
  'aldModel.sequence.tooLong': (p: { total: number; max: number }) => `${p.total} cycles in all: a sequence holds at most ${p.max}`,

  'aldModel.molecule.tma': 'trimethylaluminium (TMA)',
  'aldModel.molecule.water': 'water',
  'aldModel.molecule.methane': 'methane',
  'aldModel.molecule.ethylene-glycol': 'ethylene glycol (EG)',
  'aldModel.molecule.hydroquinone': 'hydroquinone (HQ)',
  'aldModel.molecule.adipoyl-chloride': 'adipoyl chloride (AC)',
  'aldModel.molecule.hexanediamine': '1,6-hexanediamine (HD)',
  'aldModel.molecule.hydrogen-chloride': 'hydrogen chloride',
  'aldModel.molecule.dimethylaluminium-surface': 'dimethylaluminium on the surface',
  'aldModel.molecule.dihydroxyaluminium-surface': 'dihydroxyaluminium on the surface',
  'aldModel.molecule.aluminium-glycolate-surface': 'aluminium glycolate on the surface',
  'aldModel.molecule.aluminium-hydroquinolate-surface': 'aluminium hydroquinolate on the surface',
  'aldModel.molecule.acid-chloride-end-surface': 'acid chloride end on the surface',
  'aldModel.molecule.nylon66-repeat-surface': 'nylon-6,6 repeat unit on the surface',
};
