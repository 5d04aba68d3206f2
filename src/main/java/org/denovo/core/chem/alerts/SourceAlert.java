package org.denovo.core.chem.alerts;

/** One alert as read from a source file, before CDK fixes and exclusions. */
record SourceAlert(String set, String id, String description, String smarts) {
}
