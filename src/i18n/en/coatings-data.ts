/**
 * Words of the coatings catalogue. Keys start with "coatingsData." and then the coating's id
 * (src/screens/coatings/catalogue/data/coatings/<id>.json); coating-words.ts builds the keys and a
 * test checks that every shipped coating has all of its own and that none is left over. Numbers,
 * units, conditions and citations stay in the data; a text repeats a number only where a sentence needs
 * it, or where the data has no unit for it (Li₃PO₄'s capacity in mAh/g).
 */

const AIR_OXIDE =
  'Slows the blackening of Li in air; the review says thicker films last longer, up to tens of hours, but gives no time for this film.';

export const coatingsData = {
  'coatingsData.compared.bare-li': 'bare Li',
  'coatingsData.compared.bare-cu': 'bare Cu',

  'coatingsData.ald-al2o3.name': 'ALD Al₂O₃ on Li',
  'coatingsData.ald-al2o3.summary': 'The first ALD coating grown directly on Li metal: a 14 nm oxide skin.',
  'coatingsData.ald-al2o3.fate': 'Lithiated into LiₓAl₂O₃ as the cell cycles, and may gradually diffuse into the Li.',
  'coatingsData.ald-al2o3.property.chemicallyStable': 'Not inert: it reacts with Li to LiₓAl₂O₃ during cycling.',
  'coatingsData.ald-al2o3.property.uniform':
    'ALD Al₂O₃ grows very smooth (1–3 Å roughness on 20–56 nm films), measured on flat substrates, not on Li.',
  'coatingsData.ald-al2o3.result.corrosion': 'Kept air, sulfur and electrolyte from corroding the Li surface.',
  'coatingsData.ald-al2o3.result.li-s': 'Li–S cells kept more of their capacity than with bare Li, for up to 100 cycles.',
  'coatingsData.ald-al2o3.result.air': AIR_OXIDE,

  'coatingsData.ald-zro2.name': 'ALD ZrO₂ on Li',
  'coatingsData.ald-zro2.summary': 'A thick oxide shell that helps Li keep its shape when it heats up.',
  'coatingsData.ald-zro2.result.thermal': 'A 190 nm film improved the thermal tolerance of Li and kept the foil in shape.',
  'coatingsData.ald-zro2.result.air': AIR_OXIDE,

  'coatingsData.ald-tio2-li.name': 'ALD TiO₂ on Li',
  'coatingsData.ald-tio2-li.summary': 'An ultrathin oxide on Li that the cell slowly turns into a lithium titanate.',
  'coatingsData.ald-tio2-li.fate': 'Turns into Li₂Ti₂O₄ during cycling, which may limit how long it protects.',
  'coatingsData.ald-tio2-li.property.chemicallyStable': 'Not inert: it is lithiated to Li₂Ti₂O₄ in the cell.',
  'coatingsData.ald-tio2-li.result.air': AIR_OXIDE,

  'coatingsData.ald-lif.name': 'ALD LiF on Li',
  'coatingsData.ald-lif.summary': 'The main mineral of a natural SEI, grown as a stiff 8 nm film.',
  'coatingsData.ald-lif.property.chemicallyStable': 'Electrochemically stable from 0 to 6.4 V, so Li cannot reduce it.',
  'coatingsData.ald-lif.property.liIonConducting': 'Very poor: about 1e-14 S/cm at room temperature.',
  'coatingsData.ald-lif.property.electronicallyInsulating': 'Yes: LiF is an electronic insulator.',
  'coatingsData.ald-lif.property.mechanicallyStrong':
    'Shear modulus 58 GPa, far above the 8.5 GPa Monroe–Newman line; but an 8 nm film is not a bulk separator.',
  'coatingsData.ald-lif.result.modulus-film': 'Nanoindentation on the crystalline ALD film.',
  'coatingsData.ald-lif.result.modulus-bulk': 'Bulk LiF crystal, measured on optical crystals.',
  'coatingsData.ald-lif.result.cycling': 'An 8 nm film made Li‖Li and Li‖Cu cells cycle much longer than bare ones.',

  'coatingsData.ald-li3po4.name': 'ALD Li₃PO₄ on Li',
  'coatingsData.ald-li3po4.summary': 'A Li-ion-conducting phosphate, 10 nm thick, tested against an NCA cathode.',
  'coatingsData.ald-li3po4.result.ce-nca': 'In 150 cycles of a full cell with an NCA cathode; the review does not say whether this is an average or the last value.',
  'coatingsData.ald-li3po4.result.capacity-nca':
    'Kept 125 mAh/g against 105 mAh/g with bare Li over 150 cycles, and did better at high rates.',
  'coatingsData.ald-li3po4.result.symmetric': 'A 10 nm film extended the life of Li‖Li cells.',
  'coatingsData.ald-li3po4.result.air': AIR_OXIDE,

  'coatingsData.ald-las11.name': 'ALD LAS 1:1 on Li',
  'coatingsData.ald-las11.summary': 'A sulfide solid electrolyte (Li₂S and Al₂S₃ sub-cycles, 1:1), 50 nm on Li.',
  'coatingsData.ald-las11.property.chemicallyStable':
    'It steadied the Li‖Li interface and cut SEI growth, but it reacts with air.',
  'coatingsData.ald-las11.property.liIonConducting': 'Conducts Li+, modestly: 2.5e-7 S/cm at room temperature.',
  'coatingsData.ald-las11.result.impedance': 'Once stable, the coated Li‖Li cell had about a fifth of the bare cell’s impedance.',
  'coatingsData.ald-las11.result.air': 'Air-sensitive: unlike the oxides, it does not protect Li in air.',

  'coatingsData.ald-las14.name': 'ALD LAS 1:4 film',
  'coatingsData.ald-las14.summary': 'The same sulfide with four Al₂S₃ sub-cycles per Li₂S: reported far more conductive.',
  'coatingsData.ald-las14.property.liIonConducting':
    '1e-3 S/cm is reported, but only in a conference abstract; very high for an ALD film, so treat it with care.',
  'coatingsData.ald-las14.result.conductivity':
    'From a conference abstract, not a full paper; unusually high for an ALD film. No cell test is reported.',

  'coatingsData.ald-las11-cu.name': 'ALD LAS 1:1 on Cu',
  'coatingsData.ald-las11-cu.summary': 'The first ALD nucleation layer on a Cu current collector: 25–50 nm of LAS.',
  'coatingsData.ald-las11-cu.result.cycling': 'Li‖Cu cells cycled much longer with a higher Coulombic efficiency than on bare Cu.',
  'coatingsData.ald-las11-cu.result.dendrites': 'Bare Cu grew many dendrites; 50 nm of LAS on Cu showed none after plating.',

  'coatingsData.ald-tio2-cu.name': 'ALD TiO₂ on Cu (Oyakhire 2020)',
  'coatingsData.ald-tio2-cu.summary': 'A few nm of TiO₂ makes Cu lithiophilic: Li nucleates easily and grows in larger grains.',
  'coatingsData.ald-tio2-cu.fate': 'Lithiated to LiₓTiO₂ before Li nucleates; Li then plates on top of it.',
  'coatingsData.ald-tio2-cu.property.electronicallyInsulating':
    'Resistive enough that at 10 nm the nucleation overpotential rises again.',
  'coatingsData.ald-tio2-cu.result.overpotential': 'First-plating nucleation overpotential at the best thickness, 5 nm.',
  'coatingsData.ald-tio2-cu.result.ce': 'Average over 150 Li‖Cu cycles with 5 nm TiO₂, the best cell.',
  'coatingsData.ald-tio2-cu.result.optimum': 'Of 1, 5 and 10 nm, 5 nm cycled best.',
  'coatingsData.ald-tio2-cu.result.thicker': 'At 10 nm the overpotential went up again: the film resists electrons.',
  'coatingsData.ald-tio2-cu.result.nuclei':
    'On bare Cu, many small isolated nuclei; on 5 nm TiO₂, fewer and larger ones that merge, so less exposed area and less SEI.',

  'coatingsData.ald-tio2-cu-tan2020.name': 'ALD TiO₂ on Cu (Tan 2020)',
  'coatingsData.ald-tio2-cu-tan2020.summary': 'Thicker TiO₂ on Cu, 10–30 nm: 20 nm worked best.',
  'coatingsData.ald-tio2-cu-tan2020.result.optimum':
    'Best Coulombic efficiency, longest cycling and lowest interfacial resistance at 20 nm.',
  'coatingsData.ald-tio2-cu-tan2020.result.nucleation': 'Lower nucleation overpotential and voltage hysteresis than bare Cu.',
  'coatingsData.ald-tio2-cu-tan2020.result.full-cell':
    'With Li pre-plated, Li‖LFP cells cycled better; the Li on the TiO₂ was denser and stayed less porous.',
  'coatingsData.ald-tio2-cu-tan2020.result.gpc':
    'The review quotes 0.8 nm per cycle for this process; typical ALD TiO₂ grows 0.04–0.1 nm per cycle, so that figure is doubtful.',

  'coatingsData.lif-hbn-cu.name': 'LiF-stitched h-BN on Cu',
  'coatingsData.lif-hbn-cu.summary': 'ALD LiF fills the defects of a boron nitride sheet on Cu, stitching it into one film.',
  'coatingsData.lif-hbn-cu.property.chemicallyStable': 'Called a stable interface for Li metal, on the strength of its cycling; its stability against Li was not tested apart from the cell.',
  'coatingsData.lif-hbn-cu.property.mechanicallyStrong': 'It held back dendrites for more than 300 cycles in Li‖Cu cells; the strength of the film itself was not measured.',
  'coatingsData.lif-hbn-cu.property.defectFree': 'LiF seals the point and line defects of h-BN; whether any remain is not said.',
  'coatingsData.lif-hbn-cu.result.versus': 'Outlasted bare Cu, LiF-coated Cu and h-BN-coated Cu.',
  'coatingsData.lif-hbn-cu.result.stitching': 'LiF grows mostly on the point and line defects of h-BN.',

  'coatingsData.ald-zno-host.name': 'ALD ZnO on a polyimide host',
  'coatingsData.ald-zno-host.summary': '30 nm of ZnO lets molten Li soak into a polymer fibre mat, which then holds the Li.',
  'coatingsData.ald-zno-host.fate': 'Reacts with molten Li to a LiZn alloy and Li₂O; that reaction pulls the Li in.',
  'coatingsData.ald-zno-host.property.uniform': 'A conformal coat over every fibre of the mat.',
  'coatingsData.ald-zno-host.result.infusion': 'Molten Li does not wet bare polyimide; it soaks into the ZnO-coated mat.',
  'coatingsData.ald-zno-host.result.symmetric': 'Li‖Li cells cycled much longer with lower overpotential.',

  'coatingsData.ald-zno-cu-foam.name': 'ALD ZnO on a Cu foam host',
  'coatingsData.ald-zno-cu-foam.summary': 'ZnO on a Cu foam covered in Cu nanofibres: Li fills the whole skeleton.',
  'coatingsData.ald-zno-cu-foam.result.lfp': 'At a 2C rate, with a steady capacity.',
  'coatingsData.ald-zno-cu-foam.result.lco': 'At a 2C rate, with a steady capacity.',
  'coatingsData.ald-zno-cu-foam.result.spread':
    'Li spread evenly through the coated skeleton; on bare foam it was loose and uneven, on uncoated nanofibres only on top.',
  'coatingsData.ald-zno-cu-foam.result.symmetric': 'Longest Li‖Li cycling and lowest overpotential of the three hosts.',

  'coatingsData.ald-al2o3-host.name': 'ALD Al₂O₃ on 3D hosts',
  'coatingsData.ald-al2o3-host.summary': 'The same host idea with Al₂O₃: on a carbon nanotube sponge and on cotton.',
  'coatingsData.ald-al2o3-host.result.cnt-sponge': 'Al₂O₃ protects the surface of a carbon nanotube sponge used as a Li host.',
  'coatingsData.ald-al2o3-host.result.cotton': 'A light 3D Al₂O₃ network, templated on cotton, steadies Li deposition.',
  'coatingsData.ald-al2o3-host.result.ranking': 'The review ranks the ZnO-coated Cu foam above these hosts.',

  'coatingsData.mld-alucone-chen2018.name': 'MLD alucone on Li (Chen 2018)',
  'coatingsData.mld-alucone-chen2018.summary': 'A 6 nm aluminium–glycol hybrid film grown straight onto Li.',
  'coatingsData.mld-alucone-chen2018.result.voltage': 'Steadier voltage than bare Li, with a slowly rising overpotential.',

  'coatingsData.mld-alucone-zhao2018.name': 'MLD alucone on Li (Zhao 2018)',
  'coatingsData.mld-alucone-zhao2018.summary': 'The same alucone, tuned in thickness: about 25 nm was best.',
  'coatingsData.mld-alucone-zhao2018.property.mechanicallyStrong':
    'More flexible than ALD Al₂O₃, the likely reason it protected Li‖Li cells better.',
  'coatingsData.mld-alucone-zhao2018.result.optimum': 'The thickness that cycled best in Li‖Li cells.',
  'coatingsData.mld-alucone-zhao2018.result.versus-al2o3': 'Beat ALD Al₂O₃ in Li‖Li cycling.',

  'coatingsData.mld-zircone.name': 'MLD zircone on Li',
  'coatingsData.mld-zircone.summary': 'A zirconium–glycol hybrid film, only 4 nm thick.',
  'coatingsData.mld-zircone.result.symmetric': 'A 4 nm film clearly improved Li‖Li cells.',

  'coatingsData.mld-polyurea.name': 'MLD polyurea on Li',
  'coatingsData.mld-polyurea.summary': 'A purely organic polymer film: 10 MLD cycles, about 4 nm.',
  'coatingsData.mld-polyurea.result.full-cell': 'Li‖LFP cells held more capacity and did better at high rates.',
  'coatingsData.mld-polyurea.result.corrosion': 'Protected Li from corrosion and steadied the overpotential.',

  'coatingsData.mld-ligl.name': 'MLD lithicone LiGL on Li',
  'coatingsData.mld-ligl.summary': 'A Li-containing polymer that still works when more than 200 nm thick.',
  'coatingsData.mld-ligl.property.chemicallyStable': 'Li under a thick film stayed free of SEI after 50 cycles.',
  'coatingsData.mld-ligl.property.liIonConducting': 'Credited by the authors with high ionic conductivity; no value in the review.',
  'coatingsData.mld-ligl.property.electronicallyInsulating': 'Credited by the authors as a good insulator; no value in the review.',
  'coatingsData.mld-ligl.property.mechanicallyStrong': 'Flexible, but it cracked when the cell was pressed together.',
  'coatingsData.mld-ligl.property.uniform': 'Coats graphene nanosheets conformally (shown off Li).',
  'coatingsData.mld-ligl.result.cycles-paper': 'The paper’s own figure: still running, no failure yet.',
  'coatingsData.mld-ligl.result.current': 'The highest current density tested; the review says it may take more.',
  'coatingsData.mld-ligl.result.thick': 'Films this thick still let the cell cycle without failing.',
  'coatingsData.mld-ligl.result.sei-free': 'After 10 and 50 cycles, 90 MLD cycles of LiGL left the Li free of SEI; bare Li had a thick SEI.',
  'coatingsData.mld-ligl.result.cracks':
    'After 24 h of stripping or plating the film stayed smooth but cracked, from pressing the cell, not from cycling.',

  'coatingsData.mld-litea.name': 'MLD lithicone LiTEA on Li',
  'coatingsData.mld-litea.summary': 'A second lithicone: about 70 nm from 200 MLD cycles.',
  'coatingsData.mld-litea.fate': 'Thicker than about 30 nm, it stops SEI from forming and dendrites from growing.',
  'coatingsData.mld-litea.property.chemicallyStable': 'Stable enough to stop SEI formation, but only above about 30 nm.',
  'coatingsData.mld-litea.result.threshold': 'Above this thickness no SEI forms and no dendrites grow.',
  'coatingsData.mld-litea.result.nmc811':
    'Best Li‖NMC811 cells when the cathode also had 2 nm of ALD Li₂S; less Ni reached the anode.',

  'coatingsData.hybrid-bilayer.name': 'MLD/ALD bilayer on Li',
  'coatingsData.hybrid-bilayer.summary': '50 alucone MLD cycles over 50 Al₂O₃ ALD cycles: a flexible layer on a hard one.',
  'coatingsData.hybrid-bilayer.result.order':
    'Alucone on top of Al₂O₃ beat the reverse order and bare Li in Li‖Li cells, under several test conditions.',
  'coatingsData.hybrid-bilayer.result.full-cells': 'Li‖S and Li‖LFP cells kept more capacity and cycled longer than with bare Li.',
};
