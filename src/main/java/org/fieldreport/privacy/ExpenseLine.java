package org.fieldreport.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fieldreport.indicators.ConvertedExpense;
import org.fieldreport.model.Expense;
import org.fieldreport.model.RateQuote;
import org.fieldreport.model.SourceRef;

/**
 * One accepted expense as an output lists it: where it was read, its date, line code, description and reference (a
 * child code in a description or reference is masked when the project is loaded), the amount as booked, and, once
 * converted, the rate used with the direction it was read in ("KES per USD"), its date and
 * source and the amount in the reporting currency. The rate, its quote, date and source are null for an expense booked in
 * the reporting currency; all five are null for an expense that could not be converted.
 */
public record ExpenseLine(SourceRef source, LocalDate date, String lineCode, String description, String reference,
                          BigDecimal amount, String currency, BigDecimal rate, RateQuote quote, LocalDate rateDate,
                          String rateSource,
                          BigDecimal convertedAmount) {

    static ExpenseLine converted(ConvertedExpense c) {
        Expense e = c.expense();
        return new ExpenseLine(e.source(), e.date(), e.lineCode(), e.description(), e.reference(),
                e.amount().amount(), e.currency(), c.rate(), c.quote(), c.rateDate(), c.rateSource(), c.amount().amount());
    }

    static ExpenseLine unconverted(Expense e) {
        return new ExpenseLine(e.source(), e.date(), e.lineCode(), e.description(), e.reference(),
                e.amount().amount(), e.currency(), null, null, null, null, null);
    }
}
