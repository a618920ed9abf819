package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where indicators with measure {@code finance} get their figure: the finance engine supplies the figure named by
 * the declaration's {@code column} (such as {@code budget}, {@code spent} or {@code received}) for a span of days.
 * Until it is wired in, {@link #none()} answers nothing and those indicators show as not available.
 */
public interface MoneyFigures {

    /** The figure for {@code [start, end)} in the reporting currency, or empty when it cannot be given. */
    Optional<BigDecimal> figure(String name, LocalDate start, LocalDate end);

    static MoneyFigures none() {
        return (name, start, end) -> Optional.empty();
    }
}
