package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * How finance figures are divided and rounded. Sums are exact. A division (a conversion, a pro-rated budget, a
 * percentage, a forecast) keeps {@value #DIVISION_SCALE} decimal places, rounded half-even so that no direction is
 * favoured over many rows. A figure is rounded only once, when it is displayed: money half-up to the currency's
 * minor unit (cents for USD, ISO 4217 says two places for KHR too), percentages half-up to two places.
 */
public final class FinanceRounding {

    /** Decimal places kept by every division. */
    public static final int DIVISION_SCALE = 10;
    /** Rounding of every division. */
    public static final RoundingMode DIVISION_ROUNDING = RoundingMode.HALF_EVEN;
    /** Rounding of every displayed figure. */
    public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_UP;
    /** Decimal places of a displayed percentage. */
    public static final int PERCENT_PLACES = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FinanceRounding() {
    }

    /** {@code dividend ÷ divisor} to {@value #DIVISION_SCALE} places; exact results keep no trailing zeros. */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return plain(dividend.divide(divisor, DIVISION_SCALE, DIVISION_ROUNDING));
    }

    /** The same value without trailing zeros after the point (and never in exponent form). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** {@code part ÷ whole × 100}, or null when {@code whole} is zero (a percentage of nothing is undefined). */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return divide(part.multiply(HUNDRED), whole);
    }

    /** Places after the decimal point of the currency's minor unit (2 when the code is not an ISO currency). */
    public static int minorUnit(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** The amount as displayed: half-up to the currency's minor unit. */
    public static BigDecimal display(BigDecimal amount, String currency) {
        return amount.setScale(minorUnit(currency), DISPLAY_ROUNDING);
    }

    /** A percentage as displayed: half-up to {@value #PERCENT_PLACES} places, or null when undefined. */
    public static BigDecimal displayPercent(BigDecimal percent) {
        return percent == null ? null : percent.setScale(PERCENT_PLACES, DISPLAY_ROUNDING);
    }
}
