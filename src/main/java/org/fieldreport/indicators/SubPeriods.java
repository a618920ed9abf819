package org.fieldreport.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.Project;

/**
 * Splits a span into calendar months or project quarters, each clipped to the span, for monthly and quarterly
 * breakdowns and for the {@code periods} measure. Project quarters follow the project's start (a quarter is a
 * quarter of {@code year_months}) and are keyed {@code Y1-Q3}.
 */
final class SubPeriods {

    /** A piece of a span, half-open, with its key and label. */
    record Piece(String key, String label, LocalDate start, LocalDate end) {
    }

    private SubPeriods() {
    }

    static List<Piece> of(String per, Project project, LocalDate start, LocalDate end) {
        return per.equals("quarter") ? quarters(project, start, end) : months(start, end);
    }

    static List<Piece> months(LocalDate start, LocalDate end) {
        List<Piece> pieces = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); m.atDay(1).isBefore(end); m = m.plusMonths(1)) {
            LocalDate from = max(start, m.atDay(1));
            LocalDate to = min(end, m.plusMonths(1).atDay(1));
            pieces.add(new Piece(m.toString(), PeriodLabel.month(from) + " " + m.getYear(), from, to));
        }
        return pieces;
    }

    static List<Piece> quarters(Project project, LocalDate start, LocalDate end) {
        int length = project.yearMonths() / 4;
        long monthsIn = ChronoUnit.MONTHS.between(project.start(), start);
        long k = Math.floorDiv(monthsIn, length);
        while (project.start().plusMonths(k * length).isAfter(start)) {
            k--;
        }
        List<Piece> pieces = new ArrayList<>();
        for (; project.start().plusMonths(k * length).isBefore(end); k++) {
            LocalDate qStart = project.start().plusMonths(k * length);
            LocalDate qEnd = project.start().plusMonths((k + 1) * length);
            long year = Math.floorDiv(k, 4) + 1;
            long q = Math.floorMod(k, 4) + 1;
            pieces.add(new Piece("Y" + year + "-Q" + q, "Q" + q + " of Year " + year, max(start, qStart),
                    min(end, qEnd)));
        }
        return pieces;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
