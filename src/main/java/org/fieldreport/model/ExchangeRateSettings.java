package org.fieldreport.model;

import java.util.Optional;

/**
 * The project's exchange-rate settings (project.yaml {@code exchange_rates}): the policy, and the direction its
 * rates are quoted in ({@code quote: KES per USD}) for the pair of currencies it names; a rate of another pair, or
 * of a project without one, is read in the row's or file's own direction, else as units of the booked currency per
 * one unit of the reporting currency.
 */
public record ExchangeRateSettings(RatePolicy policy, String quote) {

    public ExchangeRateSettings {
        policy = policy == null ? RatePolicy.ROW_THEN_MONTHLY : policy;
    }

    public ExchangeRateSettings(RatePolicy policy) {
        this(policy, null);
    }

    public static ExchangeRateSettings defaults() {
        return new ExchangeRateSettings(null, null);
    }

    /** The project's quote when it is between these two currencies. */
    public Optional<RateQuote> quoteFor(String booked, String reporting) {
        return RateQuote.parse(quote).filter(q -> q.pairs(booked, reporting));
    }
}
