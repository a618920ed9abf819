package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.Sex;
import org.fieldreport.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions, attendances and children per month, site and activity, counted by hand. */
class MonthlyActivityTest {

    @TempDir
    Path folder;

    private static Attendance visit(String date, String site, String activity, String session, String child) {
        return new Attendance(LocalDate.parse(date), site, activity, session, child, Sex.F, 9,
                SourceRef.row("data/attendance.csv", 2));
    }

    private static final List<Attendance> ROWS = List.of(
            visit("2018-11-30", "Riverfront", "kids_club", "S0", "C1"), // before the period
            visit("2018-12-05", "Riverfront", "kids_club", "S1", "C1"),
            visit("2018-12-05", "Riverfront", "kids_club", "S1", "C2"),
            visit("2018-12-12", "Riverfront", "kids_club", "S2", "C1"),
            visit("2018-12-12", "Stung Mean Chey", "arts", "S3", "C3"),
            visit("2019-01-09", "Riverfront", "kids_club", "S4", "C1"),
            visit("2019-01-31", "Riverfront", "kids_club", "S5", "C4"),
            visit("2019-02-01", "Riverfront", "kids_club", "S6", "C4")); // after the period

    private MonthlyActivity monthly(List<Attendance> rows) {
        return monthly(rows, "2018-12-01", "2019-02-01");
    }

    private MonthlyActivity monthly(List<Attendance> rows, String start, String end) {
        Project project = TestProject.starting(folder, "2018-12-01", 1, "");
        ProjectData data = new ProjectData(project, List.of(), AttendanceRegister.of(rows), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return MonthlyActivity.of(data, new ReportingPeriod("P", LocalDate.parse(start), LocalDate.parse(end),
                "the period"));
    }

    @Test
    void countsEachMonthSiteAndActivityOfThePeriod() {
        assertThat(monthly(ROWS).attendance()).containsExactly(
                new MonthlyActivity.AttendanceMonth(YearMonth.of(2018, 12), "Riverfront", "kids_club", 2, 3, 2),
                new MonthlyActivity.AttendanceMonth(YearMonth.of(2018, 12), "Stung Mean Chey", "arts", 1, 1, 1),
                new MonthlyActivity.AttendanceMonth(YearMonth.of(2019, 1), "Riverfront", "kids_club", 2, 2, 2));
    }

    @Test
    void aFileOutOfDateOrderCountsTheSame() {
        List<Attendance> reversed = new ArrayList<>(ROWS);
        Collections.reverse(reversed);

        assertThat(monthly(reversed)).isEqualTo(monthly(ROWS));
    }

    @Test
    void aPeriodStartingOrEndingInAMonthCountsOnlyItsOwnDays() {
        assertThat(monthly(ROWS, "2018-12-10", "2019-01-10").attendance()).containsExactly(
                new MonthlyActivity.AttendanceMonth(YearMonth.of(2018, 12), "Riverfront", "kids_club", 1, 1, 1),
                new MonthlyActivity.AttendanceMonth(YearMonth.of(2018, 12), "Stung Mean Chey", "arts", 1, 1, 1),
                new MonthlyActivity.AttendanceMonth(YearMonth.of(2019, 1), "Riverfront", "kids_club", 1, 1, 1));
    }
}
