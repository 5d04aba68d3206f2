package org.denovo.core.chem.alerts;
public record AlertHit(String set, String id, String description, int[] atoms) {}
