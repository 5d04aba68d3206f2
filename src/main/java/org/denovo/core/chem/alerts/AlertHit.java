package org.denovo.core.chem.alerts;

import java.util.Arrays;
import java.util.Objects;

/**
 * One alert that matched a molecule.
 *
 * @param set         catalogue set, e.g. "PAINS" or "MCF"
 * @param id          identifier inside the set
 * @param description human-readable name of the alert
 * @param atoms       indices (in the screened molecule) of the heavy atoms of the first match, for highlighting;
 *                    hydrogens added for matching are left out. The array is copied in and out, and
 *                    equals/hashCode/toString compare its content, so the record behaves as a value.
 */
public record AlertHit(String set, String id, String description, int[] atoms) {

    public AlertHit {
        Objects.requireNonNull(set);
        Objects.requireNonNull(id);
        Objects.requireNonNull(description);
        atoms = atoms.clone();
    }

    @Override
    public int[] atoms() {
        return atoms.clone();
    }

    /** "set:id", the key used in tests and reports. */
    public String key() {
        return set + ":" + id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AlertHit hit
                && set.equals(hit.set) && id.equals(hit.id)
                && description.equals(hit.description) && Arrays.equals(atoms, hit.atoms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(set, id, description, Arrays.hashCode(atoms));
    }

    @Override
    public String toString() {
        return "AlertHit[" + key() + " " + description + " atoms=" + Arrays.toString(atoms) + "]";
    }
}
