package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure a reader sees in a cell: a number, a suppression marker such as {@code "<5"} put there by the privacy
 * rules (written as text, so no formula can recover it), or nothing at all (an empty cell).
 */
public sealed interface Figure permits Figure.Value, Figure.Suppressed, Figure.Missing {

    /** A figure shown as a number. */
    record Value(BigDecimal number) implements Figure {
        public Value {
            Objects.requireNonNull(number, "number");
        }
    }

    /** A figure withheld to protect people; {@code marker} is what the cell shows instead. */
    record Suppressed(String marker) implements Figure {
        public Suppressed {
            Objects.requireNonNull(marker, "marker");
        }
    }

    /** No figure: the cell stays empty (a baseline nobody measured, a rate on a row in the reporting currency). */
    record Missing() implements Figure {
    }

    Figure MISSING = new Missing();

    static Figure of(long count) {
        return new Value(BigDecimal.valueOf(count));
    }

    static Figure of(BigDecimal number) {
        return number == null ? MISSING : new Value(number);
    }

    static Figure suppressed(String marker) {
        return new Suppressed(marker);
    }
}
