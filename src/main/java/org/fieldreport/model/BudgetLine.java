package org.fieldreport.model;

/** One approved line of a project year's budget, grouped under a heading such as "Programme" or "Staff". */
public record BudgetLine(int year, String lineCode, String line, String heading, Money amount, SourceRef source) {
}
