package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fieldreport.model.Money;
import org.fieldreport.model.RateQuote;

/**
 * How finance figures are rounded: the ledger's rule. Every amount of money is held in its currency's minor unit
 * ({@link #minorUnit}: USD 2 places, KHR 0): an expense is converted once, straight from its original amount and
 * rate, and rounded half-up to the reporting currency's minor unit at conversion ({@link #convert}); each budget
 * line's share expected by a date, its forecast and a burn rate are rounded the same way where they are made. Sums
 * of those rounded amounts are then exact, so lines, headings and totals add up in every output and no rounding
 * difference is ever needed. Intermediate ratios (a share of days, a phasing share, a pace) keep
 * {@value #DIVISION_SCALE} places, half-even; percentages show half-up to {@value #PERCENT_PLACES} places.
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

    /** Places after the decimal point of the currency's minor unit ({@link Money#minorUnit}). */
    public static int minorUnit(String currency) {
        return Money.minorUnit(currency);
    }

    /** The amount in the currency's minor unit: half-up, with exactly that many places (45000 USD is 45000.00). */
    public static BigDecimal display(BigDecimal amount, String currency) {
        return amount.setScale(minorUnit(currency), DISPLAY_ROUNDING);
    }

    /** How the minor unit reads in a sentence: "cent" (two places), "whole KHR" (none), "0.001 KWD" (three). */
    public static String minorUnitName(String currency) {
        int places = minorUnit(currency);
        return places == 2 ? "cent" : places == 0 ? "whole " + currency
                : BigDecimal.ONE.movePointLeft(places).toPlainString() + " " + currency;
    }

    /** {@code original ÷ rate}, rounded once, half-up, to {@code currency}'s minor unit: one expense converted. */
    public static BigDecimal convert(BigDecimal original, BigDecimal rate, String currency) {
        return original.divide(rate, minorUnit(currency), DISPLAY_ROUNDING);
    }

    /**
     * One expense converted at a rate stated in {@code quote}: divided by the rate when it counts the booked currency
     * per reporting unit (KHR per USD), multiplied when it counts the reporting currency per booked unit (KES per
     * USD for USD booked in a KES project), rounded once, half-up, to {@code currency}'s minor unit.
     */
    public static BigDecimal convert(BigDecimal original, BigDecimal rate, RateQuote quote, String booked,
                                     String currency) {
        return quote.multiplies(booked) ? original.multiply(rate).setScale(minorUnit(currency), DISPLAY_ROUNDING)
                : convert(original, rate, currency);
    }

    /** A percentage as displayed: half-up to {@value #PERCENT_PLACES} places, or null when undefined. */
    public static BigDecimal displayPercent(BigDecimal percent) {
        return percent == null ? null : percent.setScale(PERCENT_PLACES, DISPLAY_ROUNDING);
    }
}
