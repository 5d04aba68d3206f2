package org.denovo.core.chem.alerts;

/**
 * One structural alert of a catalogue.
 *
 * @param set               catalogue set name (see {@link AlertSets})
 * @param id                identifier inside the set
 * @param description       human-readable name
 * @param sourceSmarts      SMARTS as shipped by the source
 * @param smarts            SMARTS actually compiled (differs from the source only when a CDK fix applies)
 * @param explicitHydrogens true when matched against a copy with explicit hydrogens
 */
public record Alert(String set, String id, String description, String sourceSmarts, String smarts,
                    boolean explicitHydrogens) {

    public boolean isFixed() {
        return !smarts.equals(sourceSmarts);
    }
}
