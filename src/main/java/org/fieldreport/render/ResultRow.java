package org.fieldreport.render;

/**
 * One indicator in the results table, every figure already formatted ("-" or "" where a figure does not apply).
 *
 * @param group              the logframe level or result the row belongs to (rows of one group are consecutive);
 *                           may be empty
 * @param id                 the indicator id, for example "outreach.nights"
 * @param label              the indicator's name
 * @param baseline           baseline, formatted
 * @param target             target, formatted
 * @param actual             actual, formatted
 * @param achieved           percentage of target achieved, formatted (for example "92%")
 * @param status             the traffic-light status and its text label
 * @param numerator          for ratios, the numerator formatted with its unit ("258 nights"); empty otherwise
 * @param denominator        for ratios, the denominator formatted with its word and unit ("in 52.1 weeks",
 *                           "of 4 quarters"); empty otherwise
 * @param disaggregation     the main disaggregations inline, for example "Riverfront 140 · Stung Mean Chey 96"
 * @param varianceNoteNeeded true when the row needs a variance note (amber or red)
 * @param varianceNote       the variance note if one was written; empty to show the placeholder
 */
public record ResultRow(String group, String id, String label, String baseline, String target, String actual,
        String achieved, Status status, String numerator, String denominator, String disaggregation,
        boolean varianceNoteNeeded, String varianceNote) {
}
