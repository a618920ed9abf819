package org.fieldreport.model;

import java.time.LocalDate;

/** One pledge, commitment or receipt from a donor towards a project year. */
public record FundingEntry(
        LocalDate date, String donor, FundingKind kind, Money amount, int year, String reference, SourceRef source) {
}
