package org.fieldreport.ingest;

import java.math.BigDecimal;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.InputKind;

/**
 * How the amounts of one money file are read: from its {@code amount} column, or from an {@code outflow} and an
 * {@code inflow} column (a bank statement's debit and credit), and which way round ({@code sign}). An amount is given
 * in the sense of the file's kind: money spent for expenses, money received for funding, the sum budgeted for a
 * budget. In a split file each side counts by its size, whatever sign the export writes it with.
 *
 * <p>A row whose money flows the other way (money coming in, in a statement read as expenses; money going out, read
 * as funding) is not a row of the kind: {@link Amount#otherWay()} tells the reader to leave it out and count it.
 */
final class AmountReading {

    /** The canonical amount column. */
    static final String AMOUNT = "amount";
    static final String OUTFLOW = "outflow";
    static final String INFLOW = "inflow";

    /** The amount of one row in its kind's sense, and whether the row's money flows the other way. */
    record Amount(BigDecimal value, boolean otherWay) {
    }

    private final InputKind kind;
    private final InputFileSpec.Sign sign;
    private final boolean split;

    private AmountReading(InputKind kind, InputFileSpec.Sign sign, boolean split) {
        this.kind = kind;
        this.sign = sign;
        this.split = split;
    }

    /** The reading of a file whose header is {@code header}. */
    static AmountReading of(InputKind kind, InputFileSpec spec, HeaderMatch header) {
        return new AmountReading(kind, spec.sign(), header.has(OUTFLOW) || header.has(INFLOW));
    }

    /** Whether {@code spec} reads amounts from an outflow and an inflow column, so that {@code amount} is not needed. */
    static boolean split(InputFileSpec spec) {
        return spec.columns().containsKey(OUTFLOW) || spec.columns().containsKey(INFLOW);
    }

    /** Whether the amounts come from an outflow and an inflow column. */
    boolean split() {
        return split;
    }

    /** The columns the amount is read from. */
    String[] columns() {
        return split ? new String[] {OUTFLOW, INFLOW} : new String[] {AMOUNT};
    }

    /** How a row of money flowing the other way is described in a message. */
    String otherWayDescription() {
        String other = kind == InputKind.FUNDING ? "money going out" : "money coming in";
        String why = split ? (kind == InputKind.FUNDING ? "an outflow and no inflow" : "an inflow and no outflow")
                : sign == InputFileSpec.Sign.SPENDING_POSITIVE ? "marked " + (kind == InputKind.FUNDING ? "DR" : "CR")
                : (kind == InputKind.FUNDING ? "negative amounts" : "positive amounts") + " under sign: "
                        + "spending_negative";
        return other + " (" + why + "), not " + (kind == InputKind.FUNDING ? "funding" : "spending");
    }

    /** The row's amount, with an error against its column when it cannot be read; null then. */
    Amount read(RowFields f) {
        return read(f, false);
    }

    /** The row's amount without any error, for the file's totals whatever becomes of the row; null when unreadable. */
    Amount peek(RowFields f) {
        return read(f, true);
    }

    private Amount read(RowFields f, boolean quiet) {
        if (!split) {
            BigDecimal raw = quiet ? f.number(AMOUNT) : f.money(AMOUNT, true);
            if (raw == null) {
                return null;
            }
            if (f.statementMarked() && kind != InputKind.EXPENSES && kind != InputKind.FUNDING) {
                return new Amount(raw.abs(), false);
            }
            if (sign != InputFileSpec.Sign.SPENDING_NEGATIVE && !f.statementMarked()) {
                return new Amount(raw, false);
            }
            return switch (kind) {
                case EXPENSES -> new Amount(raw.negate(), raw.signum() > 0);
                case FUNDING -> new Amount(raw, raw.signum() < 0);
                default -> new Amount(raw, false);
            };
        }
        String own = kind == InputKind.FUNDING ? INFLOW : OUTFLOW;
        String other = kind == InputKind.FUNDING ? OUTFLOW : INFLOW;
        boolean ownEmpty = f.text(own).isEmpty();
        boolean otherEmpty = f.text(other).isEmpty();
        if (ownEmpty && otherEmpty) {
            if (!quiet) {
                f.error("missing-value", own, own + " and " + other + " are both empty", "a row needs one of them");
            }
            return null;
        }
        BigDecimal mine = ownEmpty ? BigDecimal.ZERO : quiet ? f.number(own) : f.money(own, false);
        BigDecimal theirs = otherEmpty ? BigDecimal.ZERO : quiet ? f.number(other) : f.money(other, false);
        if (mine == null || theirs == null) {
            return null;
        }
        return new Amount(mine.abs().subtract(theirs.abs()), mine.signum() == 0 && theirs.signum() != 0);
    }
}
