package org.fieldreport.render;

/**
 * Who the report is for and how it is marked on every page.
 *
 * @param audienceLabel   for example "Donor report"
 * @param confidentiality a marking such as "CONFIDENTIAL" shown on every page; empty for none
 * @param footerText      shown in the page footer next to the page number, for example the period
 * @param suppressionNote the suppression rule applied, in words; may be empty
 */
public record Marking(String audienceLabel, String confidentiality, String footerText, String suppressionNote) {
}
