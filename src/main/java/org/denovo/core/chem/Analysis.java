package org.denovo.core.chem;


/** The outcome of analysing one input record: a molecule, or the reason there is none. */
public sealed interface Analysis permits Analysis.Success, Analysis.Failure {
    InputRecord record();

    record Success(InputRecord record, AnalyzedMolecule molecule) implements Analysis {
    }

    record Failure(InputRecord record, String reason) implements Analysis {
        /** "record 12 (line 340) 'name': reason", safe to print: control characters escaped, long values shortened. */
        public String message() {
            return record.where() + (record.name().isEmpty() ? "" : " '" + SafeText.of(record.name(), 80) + "'") + ": "
                    + SafeText.of(reason, 300);
        }
    }
}
