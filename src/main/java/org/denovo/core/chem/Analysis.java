package org.denovo.core.chem;


/** The outcome of analysing one input record: a molecule, or the reason there is none. */
public sealed interface Analysis permits Analysis.Success, Analysis.Failure {
    InputRecord record();

    record Success(InputRecord record, AnalyzedMolecule molecule) implements Analysis {
    }

    record Failure(InputRecord record, String reason) implements Analysis {
        public String message() {
            return record.where() + (record.name().isEmpty() ? "" : " '" + record.name() + "'") + ": " + reason;
        }
    }
}
