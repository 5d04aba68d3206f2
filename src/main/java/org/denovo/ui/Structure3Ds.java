package org.denovo.ui;

import org.denovo.ui.viewer3d.Structure3DBuilder;

/** Connects the 3D tab to the core's conformer builder. */
public final class Structure3Ds {
    private Structure3Ds() {
    }

    public static Structure3DBuilder builder() {
        return WorkbenchApp.none();
    }
}
