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
    'purges get long, above about 250 °C the surface loses -OH groups. The edges are a teaching choice, not measured limits.',
  'aldModel.process.al2o3.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.al2o3.residenceTimeWhy':
    'Chamber volume over pumping speed for a small laboratory reactor; TMA and water leave in seconds.',
  'aldModel.process.al2o3.stericRadiusWhy':
    'The two methyl groups left on a bound -Al(CH3)2 shade the nearest neighbouring -OH sites; this is why TMA/H2O ' +
    'grows less than a monolayer per cycle (Puurunen, J. Appl. Phys. 2005).',

  'aldModel.process.alucone-eg.name': 'MLD alucone (TMA / ethylene glycol)',
  'aldModel.process.alucone-eg.temperatureWindowWhy':
    'Dameron et al. report about 4 Å/cycle at 85 °C falling to about 0.4 Å/cycle at 175 °C. With the shared 40 °C ' +
    'edge width, an upper edge at 115 °C puts the model near 0.4 Å at 175 °C. Below 60 °C ethylene glycol starts to condense.',
  'aldModel.process.alucone-eg.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-eg.residenceTimeWhy':
    'TMA soaks into the porous alucone and leaves slowly, so MLD needs long purges (Jain, Creatore, Poodt, Dalton Trans. 2022).',
  'aldModel.process.alucone-eg.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.alucone-hq.name': 'MLD alucone (TMA / hydroquinone)',
  'aldModel.process.alucone-hq.temperatureWindowWhy':
    'Hydroquinone has a low vapour pressure and condenses on a cool surface; the 150 °C growth point sits inside a ' +
    'window chosen around it.',
  'aldModel.process.alucone-hq.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.alucone-hq.residenceTimeWhy':
    'Hydroquinone sticks to cool walls and lines, so it leaves the chamber more slowly than water.',
  'aldModel.process.alucone-hq.stericRadiusWhy': TMA_STERIC_WHY,

  'aldModel.process.nylon66.name': 'MLD nylon-6,6 (adipoyl chloride / hexanediamine)',
  'aldModel.process.nylon66.temperatureWindowWhy':
    'Polyamide MLD grows at 3.5–4.5 Å/cycle between 70 and 115 °C and nylon 2,6 peaks near 67 °C (Myers & George ' +
    '2021); the window is drawn around the 62 °C growth point.',
  'aldModel.process.nylon66.doseWhy': MACHBALL_DOSE_WHY,
  'aldModel.process.nylon66.residenceTimeWhy':
    'Both organic precursors have low vapour pressures and stick to walls, so they are slow to purge.',
  'aldModel.process.nylon66.stericRadiusWhy':
    'Adipoyl chloride is a long chain that lies tilted over the surface and hides the eight surrounding sites, not only the nearest four.',
  'aldModel.process.nylon66.doubt':
    'The review gives 19 Å/cycle; about 12.5 Å/cycle is also quoted for the same paper. Not yet checked against the primary source.',

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
