package org.denovo.core.optimize;

import java.util.List;

/**
 * One finished round of one lead.
 *
 * @param scored     molecules scored in this round
 * @param totalScored molecules scored for this lead so far
 * @param best       best score among reportable molecules so far (NaN before the first)
 * @param median     median score of this round's reportable molecules (NaN when none)
 * @param added      this round's candidates, in the order they were proposed
 */
public record RoundReport(String lead, int round, int scored, int totalScored, double best, double median,
                          List<Candidate> added) {
}
