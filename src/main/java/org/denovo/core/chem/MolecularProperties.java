package org.denovo.core.chem;

/**
 * Descriptors of one molecule, with RDKit 2022.09 definitions (see docs/properties.md).
 *
 * @param molWeight          average molecular weight (RDKit MolWt)
 * @param heavyAtoms         atoms other than hydrogen
 * @param rings              smallest set of smallest rings (RDKit's symmetrized SSSR)
 * @param aromaticRings      rings whose bonds are all aromatic
 * @param hbd                H-bond donors (CalcNumHBD)
 * @param hba                H-bond acceptors (CalcNumHBA)
 * @param tpsa               topological polar surface area, N and O only
 * @param rotatableBonds     strict rotatable bonds
 * @param crippenLogP        Wildman-Crippen logP
 * @param fsp3               fraction of carbons with four connections
 * @param qed                quantitative estimate of drug-likeness (mean weights)
 * @param formalCharge       sum of formal charges
 * @param stereocentres      tetrahedral stereocentres, specified or not
 * @param lipinskiViolations how many of MW > 500, logP > 5, HBD > 5, HBA > 10
 * @param veberPass          rotatable bonds at most 10 and TPSA at most 140
 */
public record MolecularProperties(double molWeight, int heavyAtoms, int rings, int aromaticRings, int hbd, int hba,
                                  double tpsa, int rotatableBonds, double crippenLogP, double fsp3, double qed,
                                  int formalCharge, int stereocentres, int lipinskiViolations, boolean veberPass) {
}
