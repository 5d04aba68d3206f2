package org.denovo.ui.viewer3d;

/** Makes 3D coordinates for canonical SMILES; called off the UI thread, one call at a time. */
@FunctionalInterface
public interface Structure3DBuilder {
    Structure3D build(String smiles) throws Exception;
}
