package org.denovo.ui.viewer3d;

/** Makes 3D coordinates for canonical SMILES; called off the UI thread, one call at a time. */
@FunctionalInterface
public interface Structure3DBuilder {
    /** Coordinates within the interactive time budget where possible. */
    Structure3D build(String smiles) throws Exception;

    /** Loads what the generators need, so the first molecule is as quick as the rest. */
    default void warmUp() throws Exception {
        build("CC(=O)Nc1ccc(O)cc1");
    }

    /** Coordinates without the interactive time budget, for a {@link Structure3D#provisional()} answer. */
    default Structure3D refine(String smiles) throws Exception {
        return build(smiles);
    }
}
