package org.denovo.core.chem;

/** Whether a molecule passes one rule of thumb, with the numbers that decided it. */
public record RuleVerdict(String rule, boolean pass, String detail) {
}
