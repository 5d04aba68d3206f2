package org.denovo.core.chem.alerts;
public record AlertReport(java.util.List<AlertHit> hits, boolean pains, boolean mosesFilters) {}
