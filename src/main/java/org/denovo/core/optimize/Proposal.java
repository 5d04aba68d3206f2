package org.denovo.core.optimize;

/** A proposed SMILES, not yet checked, with where it came from. */
record Proposal(String smiles, String parentSmiles, int round, String operation) {
}
