package org.fieldreport.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.FundingKind;

/** One pledge, commitment or receipt towards a project year, as the workbook's Funding sheet lists it. */
public record FundingLine(LocalDate date, FundingKind kind, String donor, BigDecimal amount, String currency,
                          String reference) {

    static FundingLine of(FundingEntry e) {
        return new FundingLine(e.date(), e.kind(), e.donor(), e.amount().amount(), e.amount().currency(),
                e.reference());
    }
}
