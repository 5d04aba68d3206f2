package org.denovo.core.run;

/** What an import stored: its run id, records read, records skipped (reported), molecules stored and duplicates. */
public record ImportSummary(long runId, long read, long skipped, long stored, long duplicates, double seconds) {
}
