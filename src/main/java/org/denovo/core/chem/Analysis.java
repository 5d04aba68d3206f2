package org.denovo.core.chem;

import org.denovo.core.io.RawRecord;

/** The outcome of analysing one input record: a molecule, or the reason there is none. */
public sealed interface Analysis permits Analysis.Success, Analysis.Failure {
    RawRecord record();

    record Success(RawRecord record, AnalyzedMolecule molecule) implements Analysis {
    }

    record Failure(RawRecord record, String reason) implements Analysis {
        public String message() {
            return record.where() + (record.name().isEmpty() ? "" : " '" + record.name() + "'") + ": " + reason;
        }
    }
}
