package org.denovo.ui;

import org.denovo.core.chem.conformer.Conformer;
import org.denovo.core.chem.conformer.ConformerBuilder;
import org.denovo.ui.viewer3d.Structure3D;
import org.denovo.ui.viewer3d.Structure3DBuilder;

/** Connects the 3D tab to the core's conformer builder: one builder, one molecule at a time. */
public final class Structure3Ds {
    private Structure3Ds() {
    }

    public static Structure3DBuilder builder() {
        ConformerBuilder builder = new ConformerBuilder();
        return smiles -> {
            Conformer c;
            synchronized (builder) {
                c = builder.build(smiles);
            }
            return new Structure3D(c.molBlock(), c.check().atoms(), c.method(), c.nanos() / 1e6, c.usable());
        };
    }
}
