package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.Sex;
import org.fieldreport.model.SourceRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that declares 5,000 activities, with a million distinct children in its register: every figure comes out
 * whole, whatever the index of an activity (the old packed store lost every activity from 1,024 on) and however many
 * cells a breakdown has. The rows are built here, so their figures are known by construction:
 * <ul>
 * <li>in January 2019, child {@code i} (0 to 999,999) attends once, activity {@code i % 5,000} at session
 * {@code i % 20,000} (each session one activity's), at Riverfront when {@code i} is even;</li>
 * <li>in February, children 0 to 9,999 attend activity 1,024 again, at one of 100 sessions of their own.</li>
 * </ul>
 */
class LargeRegisterTest {

    private static final int CHILDREN = 1_000_000;
    private static final int ACTIVITIES = 5_000;

    private static final String INDICATORS = """
            indicators:
              - {id: children, unit: children, source: attendance, measure: distinct, column: child_code,
                 breakdowns: [site, month, activity]}
              - {id: attendances, unit: attendances, source: attendance, measure: count, breakdowns: [activity]}
              - {id: sessions, unit: sessions, source: attendance, measure: sessions, breakdowns: [month]}
              - {id: late_activity, unit: attendances, source: attendance, measure: count,
                 filters: {activity: [a4999]}}
              - {id: a1024_children, unit: children, source: attendance, measure: distinct, column: child_code,
                 filters: {activity: [a1024]}}
              - {id: new_children, unit: children, source: attendance, measure: first_time, column: child_code,
                 breakdowns: [month]}
            """;

    @TempDir
    static Path folder;

    private static Map<String, IndicatorResult> results;

    @BeforeAll
    static void compute() {
        String activities = IntStream.range(0, ACTIVITIES).mapToObj(LargeRegisterTest::activity)
                .collect(Collectors.joining(", ", "[", "]"));
        Project project = TestProject.read(folder, "code: T\nname: Test\ncurrency: USD\nstart: 2018-12-01\n"
                + "years: 1\nsites: [Riverfront, Stung Mean Chey]\nactivities: " + activities + "\n" + INDICATORS);
        AttendanceRegister.Builder register = AttendanceRegister.builder("data/attendance.csv", project.sites(),
                project.activities());
        int line = 2;
        for (int i = 0; i < CHILDREN; i++) {
            register.add(new Attendance(LocalDate.of(2019, 1, 1 + i % 28), i % 2 == 0 ? "Riverfront"
                    : "Stung Mean Chey", activity(i % ACTIVITIES), "S" + i % 20_000, "C" + i, Sex.F, 9,
                    SourceRef.row("data/attendance.csv", line++)));
        }
        for (int i = 0; i < 10_000; i++) {
            register.add(new Attendance(LocalDate.of(2019, 2, 5), "Riverfront", activity(1_024), "F" + i % 100,
                    "C" + i, Sex.F, 9, SourceRef.row("data/attendance.csv", line++)));
        }
        ProjectData data = new ProjectData(project, List.of(), register.build(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        ReportingPeriod y1 = new PeriodParser(project, LocalDate.parse("2020-01-01")).parse("Y1");
        results = new LinkedHashMap<>();
        new IndicatorEngine(data).compute(y1).forEach(r -> results.put(r.id(), r));
    }

    private static String activity(int i) {
        return String.format("a%04d", i);
    }

    private static String cell(String id, String dimension, String key) {
        Breakdown b = results.get(id).breakdowns().stream().filter(x -> x.dimension().equals(dimension))
                .findFirst().orElseThrow();
        return b.cells().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().value().toPlainString();
    }

    @Test
    void everyChildIsCountedOnce() {
        assertThat(results.get("children").value()).isEqualByComparingTo("1000000");
        assertThat(cell("children", "site", "Riverfront")).isEqualTo("505000"); // and the odd ones of February
        assertThat(cell("children", "site", "Stung Mean Chey")).isEqualTo("500000");
        assertThat(cell("children", "month", "2019-01")).isEqualTo("1000000");
        assertThat(cell("children", "month", "2019-02")).isEqualTo("10000");
        assertThat(cell("children", "month", "2018-12")).isEqualTo("0");
    }

    @Test
    void everyActivityHasItsOwnFigures() {
        // 200 children in January for each activity; activity 1,024 also has February's 10,000 rows, whose
        // children include two of its January ones (1,024 and 6,024).
        assertThat(results.get("children").breakdowns().get(2).cells()).hasSize(ACTIVITIES);
        assertThat(cell("attendances", "activity", "a0000")).isEqualTo("200");
        assertThat(cell("attendances", "activity", "a1023")).isEqualTo("200");
        assertThat(cell("attendances", "activity", "a1024")).isEqualTo("10200");
        assertThat(cell("attendances", "activity", "a4999")).isEqualTo("200");
        assertThat(cell("children", "activity", "a1024")).isEqualTo("10198");
        assertThat(cell("children", "activity", "a4096")).isEqualTo("200");
        assertThat(results.get("attendances").value()).isEqualByComparingTo("1010000");
        assertThat(results.get("late_activity").value()).isEqualByComparingTo("200");
        assertThat(results.get("a1024_children").value()).isEqualByComparingTo("10198");
    }

    @Test
    void sessionsAndNewChildren() {
        assertThat(results.get("sessions").value()).isEqualByComparingTo("20100");
        assertThat(cell("sessions", "month", "2019-01")).isEqualTo("20000");
        assertThat(cell("sessions", "month", "2019-02")).isEqualTo("100");
        assertThat(results.get("new_children").value()).isEqualByComparingTo("1000000");
        assertThat(cell("new_children", "month", "2019-01")).isEqualTo("1000000");
        assertThat(cell("new_children", "month", "2019-02")).isEqualTo("0");
    }
}
