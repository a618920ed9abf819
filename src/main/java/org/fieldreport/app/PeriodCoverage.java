package org.fieldreport.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fieldreport.indicators.PeriodLabel;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.Expense;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/**
 * Warns of what a reported period holds no rows of, so that a page of zeros is never taken for a quiet month: an
 * input file with no row in the period, a site with no outreach or attendance row, and, in a period still in
 * progress, each month that has begun without an outreach or an attendance row (the export may lag behind). The
 * figures are still given; under {@code --strict} the warnings make the run exit 1.
 */
final class PeriodCoverage {

    /** The problem code of these warnings. */
    static final String CODE = "no-rows";

    private PeriodCoverage() {
    }

    /** Adds the warnings for {@code kinds} of input over {@code period} to {@code problems}. */
    static void check(ProjectData data, ReportingPeriod period, Set<InputKind> kinds, Problems problems) {
        String span = PeriodLabel.span(period.start(), period.end());
        Set<String> sites = new HashSet<>();
        if (kinds.contains(InputKind.OUTREACH_NIGHTS)) {
            Set<YearMonth> months = new TreeSet<>();
            for (OutreachNight n : data.nights()) {
                if (period.contains(n.date())) {
                    months.add(YearMonth.from(n.date()));
                    sites.add(n.area());
                }
            }
            byMonth(data, InputKind.OUTREACH_NIGHTS, "outreach", months, period, span, problems);
        }
        if (kinds.contains(InputKind.ATTENDANCE)) {
            AttendanceRegister rows = data.attendance();
            Set<YearMonth> months = new TreeSet<>();
            Set<Integer> siteCodes = new HashSet<>();
            long from = period.start().toEpochDay();
            long to = period.end().toEpochDay();
            for (int row = 0; row < rows.size(); row++) {
                int day = rows.day(row);
                if (day >= from && day < to) {
                    months.add(YearMonth.from(LocalDate.ofEpochDay(day)));
                    siteCodes.add(rows.site(row));
                }
            }
            siteCodes.forEach(code -> sites.add(rows.sites().get(code)));
            byMonth(data, InputKind.ATTENDANCE, "attendance", months, period, span, problems);
        }
        if (kinds.contains(InputKind.OUTREACH_NIGHTS) && kinds.contains(InputKind.ATTENDANCE)) {
            for (String site : data.project().sites()) {
                if (!sites.contains(site)) {
                    problems.add(Problem.warning(CODE, SourceRef.file("project.yaml"), "site \"" + site
                            + "\" has no outreach or attendance rows in " + span, "its figures are zeros; check"
                            + " that its exports are in the data folder"));
                }
            }
        }
        if (kinds.contains(InputKind.EXPENSES) && present(data, InputKind.EXPENSES)
                && data.expenses().stream().map(Expense::date).noneMatch(period::contains)) {
            problems.add(Problem.warning(CODE, SourceRef.file(data.source(InputKind.EXPENSES).file()),
                    "no expenses in " + span, "spending shows as 0.00; check that the export covers the period"));
        }
    }

    /**
     * One warning for the whole period when it has no rows of the kind, else one per begun month without any; none
     * when no indicator of the project reads the kind (a header-only file of an input the project does not use).
     */
    private static void byMonth(ProjectData data, InputKind kind, String what, Set<YearMonth> withRows,
                                ReportingPeriod period, String span, Problems problems) {
        if (!present(data, kind)
                || data.project().indicators().stream().noneMatch(d -> kind.key().equals(d.source()))) {
            return;
        }
        SourceRef file = SourceRef.file(data.source(kind).file());
        if (withRows.isEmpty()) {
            problems.add(Problem.warning(CODE, file, "no " + what + " rows in " + span, "its figures are zeros;"
                    + " check that the export covers the period"));
            return;
        }
        List<String> empty = new ArrayList<>();
        for (YearMonth m : period.inProgress() ? months(period) : Set.<YearMonth>of()) {
            if (!withRows.contains(m)) {
                empty.add(PeriodLabel.span(m.atDay(1), m.plusMonths(1).atDay(1)));
            }
        }
        for (String month : empty) {
            problems.add(Problem.warning(CODE, file, "no " + what + " rows in " + month, "that month's figures"
                    + " are zeros; check that the export covers it"));
        }
    }

    private static Set<YearMonth> months(ReportingPeriod period) {
        Set<YearMonth> months = new LinkedHashSet<>();
        for (YearMonth m = YearMonth.from(period.start()); m.atDay(1).isBefore(period.end()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static boolean present(ProjectData data, InputKind kind) {
        return data.sources().stream().anyMatch(s -> s.kind() == kind && s.present());
    }
}
