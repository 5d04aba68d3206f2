package org.denovo.ui.viewer3d;

import org.denovo.core.chem.conformer.Conformer;
import org.denovo.core.chem.conformer.ConformerBuilder;
import org.denovo.core.chem.conformer.ConformerException;

/**
 * Connects the 3D tab to the core's conformer builders: an interactive one that answers within
 * {@link ConformerBuilder#INTERACTIVE_BUDGET}, and one without that limit for the few molecules it cuts short.
 */
public final class Structure3Ds {
    private Structure3Ds() {
    }

    public static Structure3DBuilder builder() {
        ConformerBuilder quick = ConformerBuilder.interactive();
        ConformerBuilder thorough = new ConformerBuilder();
        return new Structure3DBuilder() {
            @Override
            public Structure3D build(String smiles) throws ConformerException {
                synchronized (quick) {
                    try {
                        return structure(quick.build(smiles));
                    } catch (ConformerException e) {
                        if (!ConformerException.TIMEOUT.equals(e.reason())) {
                            throw e;
                        }
                    }
                }
                return refine(smiles); // nothing to show yet: keep going without the limit
            }

            @Override
            public void warmUp() throws ConformerException {
                synchronized (quick) { // the data it loads is shared; the rarely used thorough builder needs no turn
                    quick.warmUp();
                }
            }

            @Override
            public Structure3D refine(String smiles) throws ConformerException {
                synchronized (thorough) {
                    return structure(thorough.build(smiles));
                }
            }
        };
    }

    private static Structure3D structure(Conformer c) {
        return new Structure3D(c.molBlock(), c.check().atoms(), c.method(), c.nanos() / 1e6, c.usable(), c.cutShort());
    }
}
