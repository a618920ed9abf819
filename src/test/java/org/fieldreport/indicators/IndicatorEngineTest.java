package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.Sex;
import org.fieldreport.model.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every measure on a hand-built project whose Year 1 starts in December. The expected figures are counted by hand
 * from the rows below; the comments show the counting.
 */
class IndicatorEngineTest {

    private static final String INDICATORS = """
            indicators:
              - {id: nights, unit: nights, source: outreach_nights, measure: distinct, column: date,
                 breakdowns: [area, month]}
              - {id: team_nights, unit: nights, source: outreach_nights, measure: sessions}
              - {id: contacts, unit: contacts, source: outreach_nights, measure: sum, column: children_contacted,
                 target: 40, breakdowns: [area, quarter]}
              - {id: per_week, unit: nights per week, measure: ratio, numerator: nights, denominator: weeks,
                 target: 5, breakdowns: [area, month]}
              - {id: children, unit: children, source: attendance, measure: distinct, column: child_code,
                 breakdowns: [site, activity, month, sex, age_band]}
              - {id: new_children, unit: children, source: attendance, measure: first_time, column: child_code,
                 breakdowns: [month, site]}
              - {id: kc_sessions, unit: sessions, source: attendance, measure: sessions,
                 filters: {activity: [kids_club]}, breakdowns: [site]}
              - {id: kc_rows, unit: attendances, source: attendance, measure: count,
                 filters: {activity: [kids_club]}, breakdowns: [site]}
              - {id: kc_average, unit: children per session, measure: ratio, numerator: kc_rows,
                 denominator: kc_sessions, baseline: 1, target: 2, breakdowns: [site]}
              - {id: regulars, unit: children, source: attendance, measure: regular, column: child_code, min: 3,
                 filters: {activity: [kids_club]}}
              - {id: prevention, unit: sessions, source: attendance, measure: sessions,
                 filters: {activity: [prevention]}}
              - {id: prevention_quarters, unit: quarters, measure: periods, per: quarter, of: prevention, target: 4}
              - {id: girls_share, unit: percent, measure: ratio, numerator: girls, denominator: children,
                 factor: 100}
              - {id: girls, unit: girls, source: attendance, measure: distinct, column: child_code,
                 filters: {sex: [F]}}
              - {id: interventions, unit: interventions, source: outreach_nights, measure: sum,
                 column: interventions, direction: lower, target: 4, sensitive: true}
              - {id: spent, unit: money, measure: finance, column: spent}
            """;

    @TempDir
    Path folder;

    private Project project;
    private ProjectData data;

    @BeforeEach
    void setUp() {
        project = TestProject.starting(folder, "2018-12-01", 2, INDICATORS);
        List<OutreachNight> nights = List.of(
                night("2018-12-03", "Riverfront", "Team A", 10, 1),
                night("2018-12-03", "Stung Mean Chey", "Team B", 5, 0),
                night("2018-12-04", "Riverfront", "Team A", 8, 0),
                night("2019-01-10", "Riverfront", "Team A", 7, 2),
                night("2019-12-02", "Riverfront", "Team A", 20, 0)); // Year 2
        List<Attendance> attendance = List.of(
                visit("2018-12-05", "Riverfront", "kids_club", "S1", "C1", Sex.F, 9),
                visit("2018-12-05", "Riverfront", "kids_club", "S1", "C2", Sex.M, 12),
                visit("2018-12-12", "Riverfront", "kids_club", "S2", "C1", Sex.F, 9),
                visit("2019-01-09", "Riverfront", "kids_club", "S3", "C1", Sex.F, 9),
                visit("2019-01-09", "Riverfront", "kids_club", "S3", "C3", Sex.F, 16),
                visit("2019-01-10", "Stung Mean Chey", "kids_club", "S4", "C4", Sex.M, 5),
                visit("2019-03-02", "Stung Mean Chey", "arts", "S6", "C4", Sex.M, 5),
                visit("2019-03-02", "Stung Mean Chey", "arts", "S6", "C5", Sex.X, Attendance.UNKNOWN_AGE),
                visit("2019-04-20", "Riverfront", "prevention", "S7", "C2", Sex.M, 12),
                visit("2019-10-05", "Riverfront", "prevention", "S8", "C6", Sex.F, 14),
                visit("2019-12-04", "Riverfront", "kids_club", "S9", "C1", Sex.F, 10), // Year 2
                visit("2019-12-04", "Riverfront", "kids_club", "S9", "C7", Sex.M, 8));
        data = new ProjectData(project, nights, AttendanceRegister.of(attendance), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static OutreachNight night(String date, String area, String team, int contacted, int interventions) {
        return new OutreachNight(LocalDate.parse(date), area, team, 2, contacted, 0, 0, 0, interventions, 0, 0,
                SourceRef.row("data/outreach_nights.csv", 2));
    }

    private static Attendance visit(String date, String site, String activity, String session, String child,
                                    Sex sex, int age) {
        return new Attendance(LocalDate.parse(date), site, activity, session, child, sex, age,
                SourceRef.row("data/attendance.csv", 2));
    }

    private Map<String, IndicatorResult> compute(String period, String today) {
        ReportingPeriod p = new PeriodParser(project, LocalDate.parse(today)).parse(period);
        Map<String, IndicatorResult> byId = new LinkedHashMap<>();
        for (IndicatorResult r : new IndicatorEngine(data).compute(p)) {
            byId.put(r.id(), r);
        }
        return byId;
    }

    private static Map<String, String> cells(IndicatorResult r, String dimension) {
        Map<String, String> cells = new LinkedHashMap<>();
        Breakdown b = r.breakdowns().stream().filter(x -> x.dimension().equals(dimension)).findFirst().orElseThrow();
        b.cells().forEach(c -> cells.put(c.key(), c.value() == null ? null : c.value().toPlainString()));
        return cells;
    }

    private static Breakdown breakdown(IndicatorResult r, String dimension) {
        return r.breakdowns().stream().filter(x -> x.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    @Test
    void childAttendingInSeveralMonthsIsCountedOnceForTheYear() {
        IndicatorResult children = compute("Y1", "2020-01-01").get("children");
        // C1..C6 in Year 1; C1 attends in December and January but counts once, so the months add up to 9.
        assertThat(children.value()).isEqualByComparingTo("6");
        assertThat(cells(children, "month")).containsExactly(Map.entry("2018-12", "2"), Map.entry("2019-01", "3"),
                Map.entry("2019-02", "0"), Map.entry("2019-03", "2"), Map.entry("2019-04", "1"),
                Map.entry("2019-05", "0"), Map.entry("2019-06", "0"), Map.entry("2019-07", "0"),
                Map.entry("2019-08", "0"), Map.entry("2019-09", "0"), Map.entry("2019-10", "1"),
                Map.entry("2019-11", "0"));
        assertThat(breakdown(children, "month").additive()).isFalse();
        assertThat(children.countsPeople()).isTrue();
        assertThat(breakdown(children, "month").cells()).allMatch(BreakdownCell::countsPeople);
    }

    @Test
    void distinctChildrenBySiteActivitySexAndAgeBand() {
        IndicatorResult children = compute("Y1", "2020-01-01").get("children");
        assertThat(cells(children, "site")).containsExactly(Map.entry("Riverfront", "4"),
                Map.entry("Stung Mean Chey", "2"));
        assertThat(cells(children, "activity")).containsExactly(Map.entry("kids_club", "4"), Map.entry("arts", "2"),
                Map.entry("prevention", "2"));
        assertThat(cells(children, "sex")).containsExactly(Map.entry("F", "3"), Map.entry("M", "2"),
                Map.entry("X", "1"));
        assertThat(cells(children, "age_band")).containsExactly(Map.entry("0-5", "1"), Map.entry("6-11", "1"),
                Map.entry("12-14", "2"), Map.entry("15-17", "1"), Map.entry("18+", "0"), Map.entry("unknown", "1"));
    }

    @Test
    void yearTwoRowsNeverLeakIntoYearOne() {
        Map<String, IndicatorResult> y1 = compute("Y1", "2020-01-01");
        assertThat(y1.get("contacts").value()).isEqualByComparingTo("30"); // 10 + 5 + 8 + 7, not the 20 of Y2
        assertThat(y1.get("nights").value()).isEqualByComparingTo("3");
        Map<String, IndicatorResult> y2 = compute("Y2", "2020-01-01");
        assertThat(y2.get("contacts").value()).isEqualByComparingTo("20");
        assertThat(y2.get("children").value()).isEqualByComparingTo("2");
    }

    @Test
    void nightsAreDistinctDatesAndSessionsAreTeamNights() {
        Map<String, IndicatorResult> y1 = compute("Y1", "2020-01-01");
        assertThat(y1.get("nights").value()).isEqualByComparingTo("3"); // 3 Dec (two teams), 4 Dec, 10 Jan
        assertThat(cells(y1.get("nights"), "area")).containsExactly(Map.entry("Riverfront", "3"),
                Map.entry("Stung Mean Chey", "1"));
        assertThat(y1.get("team_nights").value()).isEqualByComparingTo("4");
        assertThat(breakdown(y1.get("nights"), "area").cells()).noneMatch(BreakdownCell::countsPeople);
    }

    @Test
    void sumWithQuarterBreakdownAndAnnualTarget() {
        IndicatorResult contacts = compute("Y1", "2020-01-01").get("contacts");
        assertThat(cells(contacts, "quarter")).containsExactly(Map.entry("Y1-Q1", "30"), Map.entry("Y1-Q2", "0"),
                Map.entry("Y1-Q3", "0"), Map.entry("Y1-Q4", "0"));
        assertThat(cells(contacts, "area")).containsExactly(Map.entry("Riverfront", "25"),
                Map.entry("Stung Mean Chey", "5"));
        assertThat(breakdown(contacts, "area").additive()).isTrue();
        assertThat(contacts.target()).isEqualByComparingTo("40");
        assertThat(contacts.targetProrated()).isFalse();
        assertThat(contacts.achieved()).isEqualByComparingTo("75.0"); // 30 / 40
        assertThat(contacts.status()).isEqualTo(Status.AMBER);
    }

    @Test
    void targetIsProRatedByDaysForAQuarter() {
        IndicatorResult contacts = compute("Y1-Q1", "2020-01-01").get("contacts");
        // 40 x 90 / 365 = 9.863..., shown in the unit's precision: 10; achieved 30 / 10 = 300 %
        assertThat(contacts.target()).isEqualByComparingTo("10");
        assertThat(contacts.targetProrated()).isTrue();
        assertThat(contacts.declaredTarget()).isEqualByComparingTo("40");
        assertThat(contacts.achieved()).isEqualByComparingTo("300.0");
        assertThat(contacts.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void nightsPerWeekDividesByTheWeeksOfThePeriodAndIsNotProRated() {
        IndicatorResult month = compute("2018-12", "2020-01-01").get("per_week");
        // 2 nights in the 31 days of December: 2 x 7 / 31 = 0.4516
        assertThat(month.value()).isEqualByComparingTo("0.45");
        assertThat(month.numerator()).isEqualByComparingTo("2");
        assertThat(month.denominator()).isEqualByComparingTo("4.43");
        assertThat(month.denominatorUnit()).isEqualTo("weeks");
        assertThat(month.target()).isEqualByComparingTo("5");
        assertThat(month.targetProrated()).isFalse();
        assertThat(month.achieved()).isEqualByComparingTo("9.0"); // 0.4516 / 5
        assertThat(month.status()).isEqualTo(Status.RED);
        assertThat(cells(month, "area")).containsExactly(Map.entry("Riverfront", "0.45"),
                Map.entry("Stung Mean Chey", "0.23")); // 1 x 7 / 31
        IndicatorResult year = compute("Y1", "2020-01-01").get("per_week");
        assertThat(year.value()).isEqualByComparingTo("0.06"); // 3 x 7 / 365
        assertThat(year.denominator()).isEqualByComparingTo("52.14");
        // each month divides by its own weeks: January 1 x 7 / 31
        assertThat(cells(year, "month")).containsEntry("2019-01", "0.23").containsEntry("2019-02", "0.00");
    }

    @Test
    void newChildrenAreThoseWhoseFirstAttendanceEverFallsInThePeriod() {
        IndicatorResult y1 = compute("Y1", "2020-01-01").get("new_children");
        assertThat(y1.value()).isEqualByComparingTo("6");
        assertThat(cells(y1, "month")).containsEntry("2018-12", "2").containsEntry("2019-01", "2")
                .containsEntry("2019-03", "1").containsEntry("2019-10", "1").containsEntry("2019-02", "0");
        assertThat(breakdown(y1, "month").additive()).isTrue();
        IndicatorResult y2 = compute("Y2", "2020-01-01").get("new_children");
        assertThat(y2.value()).isEqualByComparingTo("1"); // C7; C1 came back but was seen in Year 1
        IndicatorResult feb = compute("2019-02", "2020-01-01").get("new_children");
        assertThat(feb.value()).isEqualByComparingTo("0");
    }

    @Test
    void averageAttendanceIsARatioOfTwoIndicatorsWithABaseline() {
        IndicatorResult avg = compute("Y1", "2020-01-01").get("kc_average");
        assertThat(avg.value()).isEqualByComparingTo("1.50"); // 6 kids-club rows / 4 sessions
        assertThat(avg.numerator()).isEqualByComparingTo("6");
        assertThat(avg.denominator()).isEqualByComparingTo("4");
        assertThat(avg.denominatorUnit()).isEqualTo("sessions");
        assertThat(avg.derivedFromPeople()).isTrue();
        assertThat(avg.countsPeople()).isFalse();
        // (1.5 - 1) / (2 - 1) = 50 %
        assertThat(avg.achieved()).isEqualByComparingTo("50.0");
        assertThat(avg.status()).isEqualTo(Status.RED);
        assertThat(cells(avg, "site")).containsExactly(Map.entry("Riverfront", "1.67"),
                Map.entry("Stung Mean Chey", "1.00")); // 5 / 3 and 1 / 1
    }

    @Test
    void regularAttendersHaveAtLeastMinRows() {
        assertThat(compute("Y1", "2020-01-01").get("regulars").value()).isEqualByComparingTo("1"); // C1: 3 times
        assertThat(compute("Y1-Q1", "2020-01-01").get("regulars").value()).isEqualByComparingTo("1");
        assertThat(compute("2018-12", "2020-01-01").get("regulars").value()).isEqualByComparingTo("0");
    }

    @Test
    void periodsCountsQuartersInWhichTheIndicatorHeld() {
        IndicatorResult y1 = compute("Y1", "2020-01-01").get("prevention_quarters");
        // sessions in Q2 (April) and Q4 (October) of Year 1
        assertThat(y1.value()).isEqualByComparingTo("2");
        assertThat(y1.numerator()).isEqualByComparingTo("2");
        assertThat(y1.denominator()).isEqualByComparingTo("4");
        assertThat(y1.denominatorUnit()).isEqualTo("quarters");
        assertThat(y1.achieved()).isEqualByComparingTo("50.0");
        IndicatorResult q2 = compute("Y1-Q2", "2020-01-01").get("prevention_quarters");
        assertThat(q2.value()).isEqualByComparingTo("1");
        // a count of periods is not additive: the yearly 4 is not pro-rated to a quarter, and none is declared
        assertThat(q2.target()).isNull();
        assertThat(q2.achieved()).isNull();
        assertThat(q2.status()).isEqualTo(Status.NONE);
    }

    @Test
    void percentageRatioTimesFactor() {
        IndicatorResult share = compute("Y1", "2020-01-01").get("girls_share");
        assertThat(share.value()).isEqualByComparingTo("50.00"); // 3 girls of 6 children x 100
        assertThat(share.numerator()).isEqualByComparingTo("3");
        assertThat(share.denominator()).isEqualByComparingTo("6");
        assertThat(share.target()).isNull();
        assertThat(share.status()).isEqualTo(Status.NONE);
    }

    @Test
    void lowerIsBetterReversesTheStatus() {
        IndicatorResult interventions = compute("Y1", "2020-01-01").get("interventions");
        assertThat(interventions.value()).isEqualByComparingTo("3");
        assertThat(interventions.achieved()).isEqualByComparingTo("75.0");
        assertThat(interventions.status()).isEqualTo(Status.GREEN);
        assertThat(interventions.sensitive()).isTrue();
        assertThat(interventions.countsPeople()).isTrue();
    }

    @Test
    void financeFiguresComeFromTheFinanceEngineOrAreNotAvailable() {
        ReportingPeriod y1 = new PeriodParser(project, LocalDate.parse("2020-01-01")).parse("Y1");
        IndicatorResult missing = new IndicatorEngine(data).compute(y1).stream()
                .filter(r -> r.id().equals("spent")).findFirst().orElseThrow();
        assertThat(missing.available()).isFalse();
        assertThat(missing.value()).isNull();
        assertThat(missing.note()).isEqualTo("not available: finance figures are not computed yet");
        MoneyFigures money = (name, start, end) -> name.equals("spent") && start.equals(LocalDate.of(2018, 12, 1))
                && end.equals(LocalDate.of(2019, 12, 1)) ? Optional.of(new BigDecimal("1234.50")) : Optional.empty();
        IndicatorResult spent = new IndicatorEngine(data, money).compute(y1).stream()
                .filter(r -> r.id().equals("spent")).findFirst().orElseThrow();
        assertThat(spent.value()).isEqualByComparingTo("1234.50");
    }

    @Test
    void aFileOutOfDateOrderGivesTheSameFiguresAsOneInOrder() {
        // The same rows, last first: the figures do not depend on the order of the file.
        List<Attendance> reversed = new ArrayList<>(data.attendance().records());
        Collections.reverse(reversed);
        List<OutreachNight> nights = new ArrayList<>(data.nights());
        Collections.reverse(nights);
        ProjectData shuffled = new ProjectData(project, nights, AttendanceRegister.of(reversed), List.of(), List.of(),
                List.of(), List.of(), List.of());
        for (String period : List.of("Y1", "Y2", "Y1-Q1", "2019-03")) {
            ReportingPeriod p = new PeriodParser(project, LocalDate.parse("2021-01-01")).parse(period);
            assertThat(new IndicatorEngine(shuffled).compute(p)).as(period)
                    .isEqualTo(new IndicatorEngine(data).compute(p));
        }
        ReportingPeriod y1 = new PeriodParser(project, LocalDate.parse("2020-01-01")).parse("Y1");
        IndicatorResult newChildren = new IndicatorEngine(shuffled).compute(y1).stream()
                .filter(r -> r.id().equals("new_children")).findFirst().orElseThrow();
        assertThat(newChildren.value()).isEqualByComparingTo("6");
        assertThat(cells(newChildren, "month")).containsEntry("2018-12", "2").containsEntry("2019-01", "2");
        assertThat(cells(newChildren, "site")).containsExactly(Map.entry("Riverfront", "4"),
                Map.entry("Stung Mean Chey", "2"));
    }

    @Test
    void aFilterOrBreakdownKeyNoRowHoldsCountsNothing() {
        Map<String, IndicatorResult> y2 = compute("Y2", "2021-01-01");
        // Year 2 has no Stung Mean Chey and no prevention rows at all.
        assertThat(cells(y2.get("children"), "site")).containsExactly(Map.entry("Riverfront", "2"),
                Map.entry("Stung Mean Chey", "0"));
        assertThat(y2.get("prevention").value()).isEqualByComparingTo("0");
        assertThat(cells(y2.get("kc_rows"), "site")).containsExactly(Map.entry("Riverfront", "2"),
                Map.entry("Stung Mean Chey", "0"));
    }
}
