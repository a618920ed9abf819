package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import org.fieldreport.model.ExchangeRateSettings;
import org.fieldreport.model.Money;
import org.fieldreport.model.Project;
import org.fieldreport.model.RateQuote;

/**
 * Reads the direction of a rate on one row: the row's {@code quote} column ("KES per USD"), else the direction the
 * rate column's header states ("KES per USD", "fx_rate (KES per USD)"), else project.yaml's
 * {@code exchange_rates.quote} for the pair, else none (null: units of the booked currency per one unit of the
 * reporting currency). A stated direction must be between the row's currency and the reporting currency. When none
 * is stated and the value contradicts the default, because a currency without a minor unit (KHR, JPY, VND, ...)
 * would be worth more than one with cents, the row gets a warning: the value says the rate is written the other way
 * round.
 */
final class RateDirection {

    static final String QUOTE = "quote";

    private RateDirection() {
    }

    static RateQuote read(RowFields f, String rateColumn, BigDecimal rate, String booked, Project project) {
        String reporting = project.currency();
        String written = f.text(QUOTE);
        if (!written.isEmpty()) {
            Optional<RateQuote> q = RateQuote.parse(written);
            if (q.isEmpty()) {
                f.error("bad-quote", QUOTE, "quote " + f.quoted(written) + " is not a rate's direction",
                        "write it as " + reporting + " per " + other(booked, reporting) + " or "
                                + other(booked, reporting) + " per " + reporting);
                return null;
            }
            return paired(f, QUOTE, q.get(), "the quote", booked, reporting);
        }
        Optional<RateQuote> header = RateQuote.within(f.header(rateColumn));
        if (header.isPresent()) {
            return paired(f, rateColumn, header.get(), "the header \"" + f.header(rateColumn) + "\"", booked,
                    reporting);
        }
        Optional<RateQuote> declared = project.exchangeRates().quoteFor(booked, reporting);
        if (declared.isPresent() || rate == null || booked.equals(reporting)) {
            return declared.orElse(null);
        }
        boolean bookedWhole = Money.minorUnit(booked) == 0;
        boolean reportingWhole = Money.minorUnit(reporting) == 0;
        boolean contradicts = bookedWhole && !reportingWhole && rate.compareTo(BigDecimal.ONE) < 0
                || reportingWhole && !bookedWhole && rate.compareTo(BigDecimal.ONE) > 0;
        if (contradicts) {
            f.warning("rate-direction", rateColumn, rateColumn + " " + rate.toPlainString() + " is read as " + booked
                    + " per " + reporting + " (1 " + reporting + " = " + rate.toPlainString() + " " + booked
                    + "), which makes one " + (bookedWhole ? booked : reporting) + " worth more than one "
                    + (bookedWhole ? reporting : booked) + "; it looks written the other way round",
                    "state its direction: a quote column (" + reporting + " per " + booked + "), a header such as \""
                            + reporting + " per " + booked + "\", or exchange_rates.quote in project.yaml");
        }
        return null;
    }

    /**
     * Checks project.yaml's {@code exchange_rates.quote}: a direction such as "KHR per USD", one of whose currencies
     * is the reporting currency. Problems go to {@code error} as (JSON pointer, message, hint).
     */
    static void checkDeclared(ExchangeRateSettings settings, String reporting, DeclarationFindings error) {
        if (settings == null || settings.quote() == null || reporting == null) {
            return;
        }
        Optional<RateQuote> q = RateQuote.parse(settings.quote());
        String example = "for example quote: KHR per " + reporting + " (1 " + reporting + " = 4,100 KHR) or quote: "
                + reporting + " per EUR (1 EUR = 1.10 " + reporting + ")";
        if (q.isEmpty()) {
            error.error("/exchange_rates/quote", "exchange_rates.quote \"" + settings.quote() + "\" is not a rate's"
                    + " direction", example);
        } else if (!q.get().quoted().equals(reporting) && !q.get().base().equals(reporting)) {
            error.error("/exchange_rates/quote", "exchange_rates.quote " + q.get().text() + " does not name the"
                    + " reporting currency " + reporting, example);
        } else if (q.get().quoted().equals(q.get().base())) {
            error.error("/exchange_rates/quote", "exchange_rates.quote " + q.get().text() + " names one currency"
                    + " twice", example);
        }
    }

    private static RateQuote paired(RowFields f, String column, RateQuote q, String what, String booked,
                                    String reporting) {
        if (q.pairs(booked, reporting)) {
            return q;
        }
        f.error("quote-pair", column, what + " states " + q.text() + ", but the row converts " + booked + " into "
                + reporting, "give this row its own quote column, such as " + reporting + " per " + booked);
        return null;
    }

    private static String other(String booked, String reporting) {
        return booked.equals(reporting) ? "USD" : booked;
    }
}
