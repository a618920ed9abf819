package org.fieldreport.model;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact amount in one currency (ISO code such as USD or KHR). Never rounded until it is displayed. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Places after the decimal point of the currency's minor unit: ISO 4217's, except the riel, which ISO lists with
     * two places but which is booked and paid in whole riel (no sen coin circulates); 2 for a code ISO does not know.
     */
    public static int minorUnit(String currency) {
        if ("KHR".equals(currency)) {
            return 0;
        }
        try {
            int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
