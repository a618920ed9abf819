package org.fieldreport.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One expense as booked, in its original currency. {@code fxRate} is the rate written on the row (units of the
 * original currency per one unit of the reporting currency), or null when the row has none.
 *
 * <p>Read like a record of its seven components and equal as one would be. A year can hold a million expenses, so
 * each is one object rather than seven: the amount and the rate are kept as unscaled longs with their scale, and the
 * source as its file, line and column; the {@link Money}, the decimals and the {@link SourceRef} are made when asked
 * for, exactly as given.
 */
public final class Expense {

    /** The scale that stands for "no rate". */
    private static final byte NO_RATE = Byte.MIN_VALUE;

    private final LocalDate date;
    private final String lineCode;
    private final String description;
    private final String currency;
    private final String reference;
    private final String file;
    private final int line;
    private final int column;
    private final long amountUnscaled;
    private final long rateUnscaled;
    private final byte amountScale;
    private final byte rateScale;
    /** The amount or rate when it does not fit a long with a small scale; null otherwise (nearly always). */
    private final BigDecimal largeAmount;
    private final BigDecimal largeRate;

    public Expense(LocalDate date, String lineCode, String description, Money amount, BigDecimal fxRate,
                   String reference, SourceRef source) {
        this.date = date;
        this.lineCode = lineCode;
        this.description = description;
        this.currency = amount.currency();
        this.reference = reference;
        this.file = source.file();
        this.line = source.line();
        this.column = source.column();
        BigDecimal a = amount.amount();
        if (compact(a)) {
            amountUnscaled = unscaled(a);
            amountScale = (byte) a.scale();
            largeAmount = null;
        } else {
            amountUnscaled = 0;
            amountScale = 0;
            largeAmount = a;
        }
        if (fxRate == null) {
            rateUnscaled = 0;
            rateScale = NO_RATE;
            largeRate = null;
        } else if (compact(fxRate)) {
            rateUnscaled = unscaled(fxRate);
            rateScale = (byte) fxRate.scale();
            largeRate = null;
        } else {
            rateUnscaled = 0;
            rateScale = 0;
            largeRate = fxRate;
        }
    }

    /** Whether the value's unscaled digits fit a long and its scale a byte (other than {@link #NO_RATE}). */
    private static boolean compact(BigDecimal value) {
        return value.precision() <= 18 && value.scale() > NO_RATE && value.scale() <= Byte.MAX_VALUE;
    }

    /** The digits of a value of at most 18 of them, without the BigInteger that {@code unscaledValue} makes. */
    private static long unscaled(BigDecimal value) {
        return value.scaleByPowerOfTen(value.scale()).longValueExact();
    }

    public LocalDate date() {
        return date;
    }

    public String lineCode() {
        return lineCode;
    }

    public String description() {
        return description;
    }

    public Money amount() {
        return new Money(largeAmount != null ? largeAmount : BigDecimal.valueOf(amountUnscaled, amountScale),
                currency);
    }

    /** The currency of {@link #amount()}, without making the amount. */
    public String currency() {
        return currency;
    }

    public BigDecimal fxRate() {
        if (largeRate != null) {
            return largeRate;
        }
        return rateScale == NO_RATE ? null : BigDecimal.valueOf(rateUnscaled, rateScale);
    }

    /** Whether the row gave a rate: {@code fxRate() != null}, without making the rate. */
    public boolean hasFxRate() {
        return largeRate != null || rateScale != NO_RATE;
    }

    public String reference() {
        return reference;
    }

    public SourceRef source() {
        return new SourceRef(file, line, column);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Expense e && Objects.equals(date, e.date)
                && Objects.equals(lineCode, e.lineCode) && Objects.equals(description, e.description)
                && amount().equals(e.amount()) && Objects.equals(fxRate(), e.fxRate())
                && Objects.equals(reference, e.reference) && source().equals(e.source());
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, lineCode, description, amount(), fxRate(), reference, source());
    }

    @Override
    public String toString() {
        return "Expense[date=" + date + ", lineCode=" + lineCode + ", description=" + description + ", amount="
                + amount() + ", fxRate=" + fxRate() + ", reference=" + reference + ", source=" + source() + "]";
    }
}
