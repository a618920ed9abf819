package org.fieldreport.model;

/** The project's exchange-rate policy (project.yaml {@code exchange_rates}). */
public record ExchangeRateSettings(RatePolicy policy) {

    public ExchangeRateSettings {
        policy = policy == null ? RatePolicy.ROW_THEN_MONTHLY : policy;
    }

    public static ExchangeRateSettings defaults() {
        return new ExchangeRateSettings(null);
    }
}
