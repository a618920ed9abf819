package org.fieldreport.render;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.Problems;
import org.fieldreport.render.narrative.NameDenyList;
import org.fieldreport.render.narrative.Narrative;
import org.fieldreport.render.narrative.NarrativeFolder;

/**
 * A hand-built report view of the sample project's Year 1 (December 2018 – November 2019), with figures worked out
 * by hand so that they agree with each other: 253 outreach nights against 260, budget $45,000 against $42,230
 * spent. Drives the renderer tests and the visual checks until the engines feed real results.
 */
public final class SampleReportView {

    static final List<String> MONTHS = List.of("Dec 2018", "Jan 2019", "Feb 2019", "Mar 2019", "Apr 2019",
            "May 2019", "Jun 2019", "Jul 2019", "Aug 2019", "Sep 2019", "Oct 2019", "Nov 2019");
    static final int[] NIGHTS = {22, 21, 20, 23, 18, 22, 21, 23, 20, 22, 21, 20};
    static final int[] RIVERFRONT = {64, 58, 61, 70, 55, 66, 72, 75, 69, 71, 68, 73};
    static final int[] STUNG_MEAN_CHEY = {38, 35, 40, 44, 41, 47, 50, 52, 49, 53, 55, 57};

    private SampleReportView() {
    }

    /** The indicator rows; the narrative quotes their "actual" by id. */
    public static List<ResultRow> rows() {
        return List.of(
                row("Outcome 1: children on the streets are safer", "outreach.nights", "Outreach nights",
                        "0", "260", "253", "97%", new Status(Status.Tone.GREEN, "On track"), "", "",
                        "Riverfront 253", false),
                row("Outcome 1: children on the streets are safer", "children.reached",
                        "Children reached by outreach and clubs", "0", "300", "236", "79%",
                        new Status(Status.Tone.AMBER, "Behind target"), "", "",
                        "Riverfront 140 · Stung Mean Chey 96 · girls 131 · boys 105", true),
                row("Outcome 1: children on the streets are safer", "children.returning",
                        "Share of children who came back three times or more", "–", "60%", "61%", "102%",
                        new Status(Status.Tone.GREEN, "On track"), "144", "of 236", "", false),
                row("Outcome 2: children heal and are protected", "kids_club.sessions", "Kids club sessions",
                        "0", "208", "208", "100%", new Status(Status.Tone.GREEN, "Achieved"), "", "",
                        "Riverfront 104 · Stung Mean Chey 104", false),
                row("Outcome 2: children heal and are protected", "arts.sessions", "Arts programme sessions",
                        "0", "48", "44", "92%", new Status(Status.Tone.GREEN, "On track"), "", "", "", false),
                row("Outcome 2: children heal and are protected", "counselling.children",
                        "Children in counselling", "0", "–", "<10", "–",
                        new Status(Status.Tone.GREY, "Not shown: small number"), "", "", "", false),
                row("Outcome 2: children heal and are protected", "prevention.programmes",
                        "Community prevention programmes", "0", "4", "4", "100%",
                        new Status(Status.Tone.GREEN, "Achieved"), "", "", "", false),
                row("Outcome 3: families earn a living", "fashion.launched", "Fashion design programme launched",
                        "No", "Yes", "No", "0%", new Status(Status.Tone.RED, "Not started"), "", "", "", true));
    }

    private static ResultRow row(String group, String id, String label, String baseline, String target,
            String actual, String achieved, Status status, String numerator, String denominator,
            String disaggregation, boolean note) {
        return new ResultRow(group, id, label, baseline, target, actual, achieved, status, numerator, denominator,
                disaggregation, note, "");
    }

    /** The figures narrative may quote, by indicator id. */
    public static Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (ResultRow r : rows()) {
            figures.put(r.id(), r.actual());
        }
        return figures;
    }

    /** The whole view, with the narrative read from the test resources through {@link Narrative}. */
    public static ReportView view() {
        Problems warnings = new Problems();
        List<NarrativeSection> narrative = NarrativeFolder.read(Path.of("src/test/resources/narrative/sample"),
                "narrative", new Narrative(figures(), NameDenyList.none()), warnings);
        return view(narrative);
    }

    public static ReportView view(List<NarrativeSection> narrative) {
        ReportHeader header = new ReportHeader("Project Report", "Protecting Street Kids - Phnom Penh",
                "Protecting Street Kids", "KHM-HPC-PSK-P01", "Phnom Penh, Cambodia",
                "December 2018 – November 2019", "Budget: Year 1 $45,000 – fully funded",
                "Riverfront Child Safety Partners", "Hope for Children Fund");
        ResultsTable results = new ResultsTable(rows(), List.of(
                "Achieved is actual as a share of target, rounded half up to a whole per cent."));
        return new ReportView("en", header, narrative, results, charts(), budget(), funding(), provenance(),
                new Marking("Donor report", "", "Reporting Period: December 2018 – November 2019",
                        "Counts of children in sensitive indicators below 10 are shown as \u201c<10\u201d to "
                                + "protect the children."),
                HeadlineFigure.choose(results, null), SignOff.none());
    }

    static List<ChartView> charts() {
        List<ChartView> charts = new ArrayList<>();
        charts.add(new ChartView("outreach-nights", "Outreach nights per month",
                "Outreach nights per month, December 2018 to November 2019, against the target of five nights a "
                        + "week (about 21.7 a month).",
                "Bar chart: outreach nights per month stayed between 18 (April) and 23 (March and July), close to"
                        + " the target of about 21.7; 253 nights in the year against 260.",
                ChartKind.BAR, "Nights", List.of(series("Outreach nights", NIGHTS)),
                Optional.of(new TargetLine("Target: 5 a week", new BigDecimal("21.7")))));
        charts.add(new ChartView("attendance-by-site", "Attendance per month by site",
                "Children's attendances at kids clubs and outreach per month, by site.",
                "Stacked bar chart: attendances grew from 102 in December to 130 in November; Stung Mean Chey "
                        + "grew from 38 to 57.",
                ChartKind.STACKED, "Attendances",
                List.of(series("Riverfront", RIVERFRONT), series("Stung Mean Chey", STUNG_MEAN_CHEY)),
                Optional.empty()));
        charts.add(new ChartView("budget-by-heading", "Budget against actual by heading",
                "Year 1 budget and actual spending by heading, in US dollars.",
                "Bar chart: personnel spent its budget of $27,000; activities spent $8,240 of $11,000; equipment "
                        + "$1,350 of $1,200; administration $5,640 of $5,800.",
                ChartKind.BAR, "USD", List.of(
                        new ChartSeries("Budget", List.of(point("Personnel", "27000"), point("Activities", "11000"),
                                point("Equipment", "1200"), point("Administration", "5800"))),
                        new ChartSeries("Actual", List.of(point("Personnel", "27000"), point("Activities", "8240"),
                                point("Equipment", "1350"), point("Administration", "5640")))),
                Optional.empty()));
        int[] spent = {2900, 3150, 3300, 3500, 3400, 3600, 3700, 3650, 3800, 3750, 3700, 3780};
        List<ChartPoint> cumulative = new ArrayList<>();
        List<ChartPoint> pace = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < 12; i++) {
            total += spent[i];
            cumulative.add(new ChartPoint(MONTHS.get(i), BigDecimal.valueOf(total)));
            pace.add(new ChartPoint(MONTHS.get(i), BigDecimal.valueOf(3750L * (i + 1))));
        }
        charts.add(new ChartView("cumulative-spending", "Cumulative spending against the expected pace",
                "Cumulative spending per month against an even pace through the year's $45,000 budget.",
                "Line chart: spending ran below the even pace all year and ended at $42,230, 94% of the budget.",
                ChartKind.LINE, "USD", List.of(new ChartSeries("Spent", cumulative),
                        new ChartSeries("Expected pace", pace)), Optional.empty()));
        return charts;
    }

    private static ChartSeries series(String name, int[] values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ChartPoint(MONTHS.get(i), BigDecimal.valueOf(values[i])));
        }
        return new ChartSeries(name, points);
    }

    private static ChartPoint point(String category, String value) {
        return new ChartPoint(category, new BigDecimal(value));
    }

    static BudgetTable budget() {
        return new BudgetTable(List.of("Budget", "Actual", "Variance", "Used"), List.of(
                heading("Personnel", "27,000", "27,000", "0", "100%"),
                line("P1", "Outreach staff", "18,000", "18,240", "+240", "101%", ""),
                line("P2", "Kids club facilitators", "9,000", "8,760", "−240", "97%", ""),
                heading("Activities", "11,000", "8,240", "−2,760", "75%"),
                line("A1", "Arts programme", "4,500", "4,120", "−380", "92%", ""),
                line("A2", "Prevention programme", "3,000", "2,940", "−60", "98%", ""),
                line("A3", "Fashion design programme", "3,500", "1,180", "−2,320", "34%",
                        "Under-spent: launch delayed"),
                heading("Equipment", "1,200", "1,350", "+150", "113%"),
                line("E1", "Sewing machines", "1,200", "1,350", "+150", "113%", "Over the 10% flexibility"),
                heading("Administration", "5,800", "5,640", "−160", "97%"),
                line("D1", "Office and administration", "5,800", "5,640", "−160", "97%", ""),
                new BudgetRow(BudgetRow.Kind.TOTAL, "", "Total (USD)",
                        List.of("45,000", "42,230", "−2,770", "94%"), "", "")),
                List.of("Amounts in US dollars; riel expenses converted at the monthly rate of the month paid. "
                        + "Used is actual as a share of budget, rounded half up.",
                        "A line may move up to 10% from its budget without the funder's prior agreement."));
    }

    private static BudgetRow heading(String label, String... figures) {
        return new BudgetRow(BudgetRow.Kind.HEADING, "", label, List.of(figures), "", "");
    }

    private static BudgetRow line(String code, String label, String budget, String actual, String variance,
            String used, String flag) {
        return new BudgetRow(BudgetRow.Kind.LINE, code, label, List.of(budget, actual, variance, used), flag, "");
    }

    static FundingView funding() {
        return new FundingView("Fully funded: all of the Year 1 budget has been received.", "green", false, List.of(
                new LabelledValue("Year 1 budget", "$45,000"),
                new LabelledValue("Received (3 instalments)", "$45,000"),
                new LabelledValue("Outstanding", "$0")),
                List.of(new FundingView.DonorLine("Hope for Children Fund", "$45,000", "$45,000", "")));
    }

    static ProvenanceAppendix provenance() {
        return new ProvenanceAppendix(List.of(
                new SourceFileView("data/outreach_nights.csv",
                        "3f9a1c0e5b7d2468ac13e57f9b0d2c4e6a8f1b3d5c7e9a0b2d4f6e8a1c3b5d7e", "256", "253", "3"),
                new SourceFileView("data/attendance.csv",
                        "9b2e4d6f8a0c1e3b5d7f9a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b", "1,412", "1,409", "3"),
                new SourceFileView("data/budget.csv",
                        "c4e6a8b0d2f4163850a7c9e1b3d5f7092b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a", "7", "7", "0"),
                new SourceFileView("data/expenses.csv",
                        "e1f3a5c7b9d0e2f4a6c8b0d1e3f5a7c9b2d4e6f8a0c1e3b5d7f9a2c4e6b8d0f2", "184", "183", "1"),
                new SourceFileView("data/funding.csv",
                        "07a9c1e3b5d7f9021b3d5f7a9c1e3b5d7f90a2c4e6b8d0f1a3c5e7b9d1f3a5c7", "3", "3", "0"),
                new SourceFileView("data/rates.csv",
                        "5d7f9a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b0d2f4a6c8e0b1d3f", "12", "12", "0")),
                List.of(new ProblemLine("data/attendance.csv:48:2", "error",
                                "2019-02-30 is not a date; the row was left out"),
                        new ProblemLine("data/attendance.csv:611:4", "error",
                                "unknown site \"Stung Meanchey\"; did you mean \"Stung Mean Chey\"?"),
                        new ProblemLine("data/expenses.csv:112:5", "error",
                                "amount \"1.200,00\" is not a number; write 1200.00")),
                "", "15 December 2019",
                "fieldreport report sample-data --period Y1 --format pdf --as-of 2019-12-15");
    }
}
