package org.denovo.core.chem.alerts;

/**
 * Size of one catalogue set.
 *
 * @param name     set name
 * @param source   SMARTS in the source file
 * @param loaded   SMARTS compiled and screened (source minus excluded)
 * @param fixed    loaded SMARTS that were rewritten for CDK (see cdk_fixes.csv)
 * @param excluded SMARTS left out (see excluded.csv)
 */
public record AlertSetInfo(String name, int source, int loaded, int fixed, int excluded) {
}
