/**
 * The coatings catalogue as data. One JSON file per coating in ./data/coatings/, the references
 * in ./data/sources.json; the build checks them (validate-coating.ts, run by vite.config.ts), so
 * adding a coating is adding a file (and its words in src/i18n/<locale>/coatings-data.ts).
 * Numbers, units, formulas and citations stay in the data; prose lives in the catalogue,
 * keyed by the coating's id (coating-words.ts builds the keys).
 */

export const METHODS = ['ald', 'mld', 'hybrid'] as const;
export type CoatingMethod = (typeof METHODS)[number];

export const PATHWAYS = ['coating-on-li', 'current-collector', '3d-host'] as const;
export type Pathway = (typeof PATHWAYS)[number];

/** The seven properties a protective coating on Li needs, in the review's order. */
export const PROPERTIES = [
  'chemicallyStable',
  'liIonConducting',
  'electronicallyInsulating',
  'mechanicallyStrong',
  'uniform',
  'defectFree',
  'adherent',
] as const;
export type PropertyId = (typeof PROPERTIES)[number];

export const RATINGS = ['yes', 'partial', 'no', 'not reported'] as const;
export type Rating = (typeof RATINGS)[number];

export const UNITS = ['h', 'cycles', '%', 'S/cm', 'GPa', 'mV', 'nm', 'mAh/cm2', 'mA/cm2', 'Ω·cm2', 'min'] as const;
export type ResultUnit = (typeof UNITS)[number];

/** What a result measures; the plots and the sort read these. */
export const QUANTITIES = [
  /** Hours a symmetric Li‖Li cell cycles before it fails (or the test ends). */
  'symmetricLifetime',
  /** Plating/stripping cycles before failure or the end of the test. */
  'cycleLife',
  'coulombicEfficiency',
  'ionicConductivity',
  'shearModulus',
  'nucleationOverpotential',
  /** Time in air before the Li surface visibly degrades. */
  'airStability',
  /** The highest current density the coated electrode tolerated. */
  'currentTolerated',
  /** A thickness with a stated effect (an optimum, a threshold). */
  'thickness',
  /** A qualitative finding: the value is a catalogue text, the unit null. */
  'finding',
] as const;
export type Quantity = (typeof QUANTITIES)[number];

/** One reference, named once in sources.json and cited by id. */
export interface SourceEntry {
  /** "Kozen et al." */
  authors: string;
  journal: string;
  year: number;
  /** The review's reference number (Meng, Inorg. Chem. Front. 2024), where the review cites it. */
  reviewRef?: number;
  /** Only a DOI that was checked against the publisher; otherwise the link goes to the review. */
  doi?: string;
}

/** Measurements not made in a cell: on a film, a stored foil in air, a bulk crystal; words in coatings.cell.<kind>. */
export const CELL_KINDS = ['film', 'air', 'bulk'] as const;
export type CellKind = (typeof CELL_KINDS)[number];
/** Cells as papers name them, one or more: "Li‖Li", "Li‖S, Li‖LFP". */
export const CELL_PATTERN = /^Li‖[A-Za-z0-9]+(?:, Li‖[A-Za-z0-9]+)*$/;

export interface ResultConditions {
  /** A cell or cells (CELL_PATTERN), or a CellKind; null where the source does not say. */
  cell: string | null;
  currentMAcm2: number | null;
  capacityMAhcm2: number | null;
  /** As the study names it, e.g. "1 M LiPF6 in EC/DEC"; null where the review does not give it. */
  electrolyte: string | null;
}

export interface ComparedWith {
  /** Catalogue key suffix: coatingsData.compared.<label> ("bare-li", "bare-cu"...). */
  label: string;
  value: number;
  unit: ResultUnit;
}

/** One published result, as it is in a data file. */
export interface CoatingResultData {
  /** Unique in its coating: a qualitative finding's text is coatingsData.<coating>.result.<id>. */
  id: string;
  quantity: Quantity;
  /** A number, or null for a finding (the text is in the catalogue). */
  value: number | null;
  /** A lower or upper bound ("> 1000 h") or an approximate value. */
  bound?: '>' | '<' | '~';
  unit: ResultUnit | null;
  comparedWith: ComparedWith | null;
  conditions: ResultConditions;
  /** An id in sources.json. */
  source: string;
  /**
   * True where a number also has words (a caveat, what a threshold means): coatingsData.<coating>.result.<id>.
   * A finding always has them and needs no flag.
   */
  hasText?: boolean;
}

export interface PropertyEvidenceData {
  rating: Rating;
  /** An id in sources.json; null only with 'not reported'. The evidence text is coatingsData.<coating>.property.<property> (none for 'not reported'). */
  source: string | null;
}

/** How the coating can be tried in the simulation, or why not. */
export interface SimulationLinks {
  /** A Reactor process that grows it, or a recipe preset (a sequence or supercycle) for a film of several; null with growReason. */
  grow: { process: string } | { recipePreset: string } | null;
  growReason?: 'no-half-reactions' | 'not-modelled';
  /** Plating-lab substrate ids to compare (bare Cu first); null with plateReason. */
  plate: { substrates: string[] } | null;
  plateReason?: 'coats-li' | '3d-host' | 'not-modelled';
}

/** One coating file. Its name, its fate in the cell and its evidence texts are catalogue entries. */
export interface CoatingData {
  /** Lower-case letters, digits and hyphens: the `coating` URL value and catalogue key. */
  id: string;
  method: CoatingMethod;
  pathway: Pathway;
  /** What it is made of, as a formula ("Al2O3", "LixAlyS"); the name is in the catalogue. */
  material: string;
  /** nm: one value, a [min, max] range, or null where the review gives none. */
  thicknessNm: number | [number, number] | null;
  processTemperatureC: number | null;
  /** True where the catalogue has a coatingsData.<id>.fate text (what becomes of it in the cell). */
  hasFate: boolean;
  results: CoatingResultData[];
  properties: Record<PropertyId, PropertyEvidenceData>;
  simulation: SimulationLinks;
}
