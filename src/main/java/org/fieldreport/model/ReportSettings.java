package org.fieldreport.model;

import java.util.List;

/**
 * What the programme officer chooses for the report's first and last words: the headline figures shown "at a
 * glance" on page one (indicator ids, in order, at most {@link #MAX_HEADLINE}; when not declared, the first indicator
 * with a target in each section), the closing words and who signs the report.
 *
 * @param headline the indicator ids to show at a glance; null when not declared
 * @param closing  the closing words (for example the thanks to supporters); may be null
 * @param signOff  who signs the report; may be null
 */
public record ReportSettings(List<String> headline, String closing, Signatory signOff) {

    /** The most figures page one shows at a glance. */
    public static final int MAX_HEADLINE = 6;

    public ReportSettings {
        headline = headline == null ? null : List.copyOf(headline);
    }

    public static ReportSettings defaults() {
        return new ReportSettings(null, null, null);
    }

    /**
     * The person who signs the report.
     *
     * @param name the signatory's name
     * @param role the signatory's role, for example "Programme Director, Riverfront Child Safety Partners"
     */
    public record Signatory(String name, String role) {
    }
}
