package org.denovo.ui.detail;

/** One line of the property sheet; {@code verdict} is "pass", "warn", "fail" or "" when the profile has no say. */
public record PropertyLine(String label, String value, String verdict, String note) {
}
