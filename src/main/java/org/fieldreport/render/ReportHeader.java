package org.fieldreport.render;

/**
 * The header block of a report, as in the hand-written seed report: a kind label ("Project Report"), the project
 * code and location, the reporting period, the project name as title and the budget line.
 *
 * @param kindLabel   what the document is, for example "Project Report"
 * @param title       the project name, for example "Protecting Street Kids - Phnom Penh"
 * @param shortTitle  the short name used in the running page header
 * @param projectCode for example "KHM-HPC-PSK-P01"
 * @param location    for example "Phnom Penh, Cambodia"
 * @param periodLabel the period in words, for example "December 2018 – November 2019"
 * @param budgetLine  the budget sentence, for example "Budget: Year 1 $45,000 – fully funded"; may be empty
 * @param partner     the implementing partner; may be empty
 * @param funder      the funder; may be empty
 */
public record ReportHeader(String kindLabel, String title, String shortTitle, String projectCode, String location,
        String periodLabel, String budgetLine, String partner, String funder) {
}
