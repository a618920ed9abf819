package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.Measure;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;

/**
 * The target an indicator is compared with over one period, or none. In order:
 * <ol>
 * <li>a target declared for the period itself ({@code targets: {Y1-Q2: 150}}), or for its length
 * ({@code targets: {quarter: 150}}; {@code year} or the plain {@code target} for a year), when the period runs
 * that whole length: a year, a quarter or a month of whole months, not cut at an as-of date;</li>
 * <li>for an additive measure (rows, sums, sessions, distinct dates), the yearly target pro-rated by the period's
 * days, in the unit's own precision (whole numbers, half up): 260 nights over 91 of 365 days is 65;</li>
 * <li>for a ratio, its declared target, whatever the period's length (a rate is a rate);</li>
 * <li>otherwise none, so no status: 350 distinct children in a year say nothing of a quarter, and a quarterly
 * programme has no target in a month.</li>
 * </ol>
 */
record PeriodTarget(BigDecimal value, boolean prorated) {

    static final PeriodTarget NONE = new PeriodTarget(null, false);

    static PeriodTarget of(IndicatorDeclaration d, ReportingPeriod period, Project project) {
        if (d.measure() == Measure.FINANCE) {
            return NONE;
        }
        Map<String, BigDecimal> targets = d.targets();
        String length = period.inProgress() ? null : length(period, project);
        BigDecimal declared = period.inProgress() ? null : targets.get(period.key());
        if (declared == null && length != null) {
            declared = length.equals("year") ? yearly(d, null) : targets.get(length);
        }
        if (declared != null) {
            return new PeriodTarget(declared, false);
        }
        if (d.measure() == Measure.RATIO) {
            BigDecimal rate = yearly(d, project.yearOf(period.start()));
            return rate == null ? NONE : new PeriodTarget(rate, false);
        }
        BigDecimal year = yearly(d, project.yearOf(period.start()));
        if (year == null || !d.prorated()) {
            return NONE;
        }
        LocalDate yearStart = referenceYearStart(period.start(), project);
        long yearDays = ChronoUnit.DAYS.between(yearStart, yearStart.plusMonths(project.yearMonths()));
        BigDecimal share = year.multiply(BigDecimal.valueOf(period.days()))
                .divide(BigDecimal.valueOf(yearDays), 0, RoundingMode.HALF_UP);
        return new PeriodTarget(share, true);
    }

    /** The yearly target: for project year {@code n} when declared under its key, else the project-year target. */
    private static BigDecimal yearly(IndicatorDeclaration d, Integer n) {
        BigDecimal byKey = n == null || n == 0 ? null : d.targets().get("Y" + n);
        if (byKey != null) {
            return byKey;
        }
        return d.yearlyTarget();
    }

    /** "year", "quarter" or "month" when the period is that many whole months, else null. */
    private static String length(ReportingPeriod period, Project project) {
        long months = ChronoUnit.MONTHS.between(period.start(), period.end());
        if (months < 1 || !period.start().plusMonths(months).equals(period.end())) {
            return null;
        }
        if (months == project.yearMonths()) {
            return "year";
        }
        if (months == 3 && project.yearMonths() == 12) {
            return "quarter";
        }
        return months == 1 ? "month" : null;
    }

    private static LocalDate referenceYearStart(LocalDate date, Project project) {
        int n = project.yearOf(date);
        return n == 0 ? date : project.yearStart(n);
    }
}
