package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fieldreport.app.ChosenPeriod;
import org.fieldreport.app.LoadedProject;
import org.fieldreport.app.ProjectLoader;
import org.fieldreport.indicators.BudgetAgainstActual;
import org.fieldreport.indicators.FinanceFigures;
import org.fieldreport.indicators.IndicatorEngine;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.model.ProjectData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's content exposes no hidden figure: a tiny project is published twice, once with one child in
 * counselling and once with two, everything else equal. Both counts are small, so for donor and public output
 * everything a renderer can read from the {@link PublishedReport} (every public accessor, followed all the way
 * down) must be the same; internal output, which hides nothing, must differ, which shows the walk reaches the figure.
 * Only the provenance of the input files is left out of the comparison: the attendance file's hash and row count
 * differ by construction.
 */
class PublishedReportTest {

    @TempDir
    Path project;

    @Test
    void aHiddenCountLeavesNoTraceInWhatRenderersSee() throws IOException {
        for (Audience audience : List.of(Audience.DONOR, Audience.PUBLIC)) {
            String one = visible(publish(1, audience));
            String two = visible(publish(2, audience));
            assertThat(two).as(audience.key()).isEqualTo(one);
        }
        assertThat(visible(publish(2, Audience.INTERNAL))).isNotEqualTo(visible(publish(1, Audience.INTERNAL)));
    }

    @Test
    void theCounsellingChildIsShownOnlyAsAMark() throws IOException {
        PublishedReport donor = publish(1, Audience.DONOR);

        PublishedIndicator attending = donor.indicators().stream().filter(i -> i.id().equals("children_attending"))
                .findFirst().orElseThrow();
        PublishedBreakdown byActivity = attending.breakdowns().stream().filter(b -> b.dimension().equals("activity"))
                .findFirst().orElseThrow();
        // counselling is sensitive: its cell is withheld whatever its size, and says nothing of it
        assertThat(byActivity.cells()).extracting(c -> c.key() + " " + c.figure())
                .containsExactly("kids_club " + PublishedFigure.shown(java.math.BigDecimal.valueOf(30)),
                        "counselling " + PublishedFigure.hidden("[c]"));
        PublishedActivity activity = donor.activity();
        // no row of the workbook's Attendance sheet, and no bar of the chart, describes counselling
        assertThat(activity.activities()).extracting(PublishedActivity.ActivityMonth::activity)
                .doesNotContain("counselling").isNotEmpty();
        assertThat(activity.attendancesBySite()).extracting(s -> s.name() + " " + s.values())
                .startsWith("Riverfront [30, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]",
                        "Stung Mean Chey [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]");
        assertThat(activity.attendanceLegend()).isEqualTo("Attendances at counselling (sensitive) are not drawn.");

        PublishedActivity internal = publish(1, Audience.INTERNAL).activity();
        assertThat(internal.attendancesBySite().get(1).values().get(0)).isEqualTo(1);
        assertThat(internal.activities()).extracting(PublishedActivity.ActivityMonth::activity)
                .contains("counselling");
        assertThat(internal.attendanceLegend()).isEmpty();
    }

    /** The project's Year 1 report for the audience, with {@code counselled} children at one counselling session. */
    private PublishedReport publish(int counselled, Audience audience) throws IOException {
        write(counselled);
        LoadedProject loaded = ProjectLoader.load(project);
        ProjectData data = loaded.data();
        ChosenPeriod chosen = ChosenPeriod.of(data.project(), "Y1", LocalDate.of(2020, 1, 15));
        var results = new IndicatorEngine(data, new FinanceFigures(data)).compute(chosen.period());
        return new ReportPublication(new SuppressionPolicy(data.project().privacy(), audience), data,
                chosen.period(), chosen.asOf(), results, BudgetAgainstActual.report(data, chosen.period(), 1),
                MonthlyActivity.of(data, chosen.period()))
                .report(List.of(), loaded.problems().freeze(), "fieldreport report --period Y1");
    }

    /**
     * Thirty children at two kids-club sessions at Riverfront (December and January), and the first
     * {@code counselled} of them at one counselling session at Stung Mean Chey in December.
     */
    private void write(int counselled) throws IOException {
        Files.writeString(project.resolve("project.yaml"), """
                code: TEST-GATE
                name: Gate test project
                currency: USD
                time_zone: Asia/Phnom_Penh
                start: 2018-12-01
                years: 1
                sites: [Riverfront, Stung Mean Chey]
                activities: [kids_club, counselling]
                """);
        Path data = Files.createDirectories(project.resolve("data"));
        StringBuilder attendance = new StringBuilder("date,site,activity,session,child_code,sex,age\n");
        for (String session : List.of("2018-12-05,Riverfront,kids_club,S1", "2019-01-09,Riverfront,kids_club,S2")) {
            for (int c = 1; c <= 30; c++) {
                attendance.append(session).append(String.format(",C%02d,", c)).append(c % 2 == 0 ? "M" : "F")
                        .append(",9\n");
            }
        }
        for (int c = 1; c <= counselled; c++) {
            attendance.append(String.format("2018-12-20,Stung Mean Chey,counselling,K1,C%02d,", c))
                    .append(c % 2 == 0 ? "M" : "F").append(",9\n");
        }
        Files.writeString(data.resolve("attendance.csv"), attendance);
        Files.writeString(data.resolve("outreach_nights.csv"), """
                date,area,team,staff,children_contacted,new_children,girls,boys,interventions,disclosures,referrals
                2018-12-03,Riverfront,Team A,3,20,10,10,10,0,0,0
                2018-12-03,Stung Mean Chey,Team B,2,20,10,10,10,0,0,0
                2019-01-10,Riverfront,Team A,3,20,10,10,10,0,0,0
                2019-01-10,Stung Mean Chey,Team B,2,20,10,10,10,0,0,0
                """);
        Files.writeString(data.resolve("budget.csv"), """
                year,line_code,line,heading,amount,currency
                1,P1,Kids clubs,Programme,1000.00,USD
                """);
        Files.writeString(data.resolve("expenses.csv"), """
                date,line_code,description,amount,currency,fx_rate,reference
                2019-01-15,P1,Art materials,100.00,USD,,PV-1
                """);
        Files.writeString(data.resolve("funding.csv"), """
                date,donor,kind,amount,currency,year,reference
                2018-11-20,Hope Fund,commitment,1000.00,USD,1,GA-1
                """);
    }

    /** Everything a renderer can read from the report, but the inputs' provenance, as text. */
    private static String visible(PublishedReport report) {
        StringBuilder out = new StringBuilder();
        walk(report, "report", out, 0);
        return out.toString();
    }

    /**
     * Writes {@code value} and, for a type of ours, the value of every public no-argument method, recursively: what a
     * renderer given the report could call.
     */
    private static void walk(Object value, String path, StringBuilder out, int depth) {
        assertThat(depth).as("depth at " + path).isLessThan(30);
        if (value == null || value instanceof Path || value instanceof CharSequence || value instanceof Number
                || value instanceof Boolean || value instanceof Enum<?> || !value.getClass().getName().startsWith("org.fieldreport.")
                && !(value instanceof Iterable<?>) && !(value instanceof Map<?, ?>)
                && !(value instanceof Optional<?>)) {
            out.append(path).append(" = ").append(value).append('\n');
            return;
        }
        if (value instanceof Optional<?> o) {
            walk(o.orElse(null), path, out, depth + 1);
            return;
        }
        if (value instanceof Map<?, ?> m) {
            new TreeMap<>(m).forEach((k, v) -> walk(v, path + "[" + k + "]", out, depth + 1));
            return;
        }
        if (value instanceof Iterable<?> items) {
            int i = 0;
            for (Object item : items instanceof Collection<?> c ? c : (Iterable<?>) items) {
                walk(item, path + "[" + i++ + "]", out, depth + 1);
            }
            return;
        }
        Method[] methods = value.getClass().getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class
                    || m.getName().equals("hashCode") || m.getName().equals("toString")
                    || value instanceof PublishedReport && m.getName().equals("sources")) {
                continue;
            }
            try {
                walk(m.invoke(value), path + "." + m.getName(), out, depth + 1);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError("cannot call " + path + "." + m.getName(), e);
            }
        }
    }
}
