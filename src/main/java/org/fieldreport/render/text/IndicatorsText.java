package org.fieldreport.render.text;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fieldreport.indicators.Status;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.PublishedBreakdown;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedIndicators;
import org.fieldreport.problem.ProblemList;

/**
 * The terminal form of {@code fieldreport indicators}: the logframe table by section (baseline, target, actual,
 * % achieved, status), with each ratio's numerator and denominator and each indicator's disaggregations on lines
 * of their own under it, then a data-quality line. Status words are coloured only when {@code colour} is set (the
 * command sets it when stdout is a terminal).
 */
public final class IndicatorsText {

    private static final String RESET = "\u001B[0m";

    private IndicatorsText() {
    }

    public static String render(PublishedIndicators published, boolean colour) {
        return render(published, colour, Integer.MAX_VALUE);
    }

    /** The same within {@code width} columns: the baseline and then the id are left out first, notes wrapped. */
    public static String render(PublishedIndicators published, boolean colour, int width) {
        Project project = published.scope().project();
        ReportingPeriod period = published.scope().period();
        StringBuilder out = new StringBuilder();
        out.append(project.code()).append("  ").append(project.name()).append('\n');
        out.append("Indicators for ").append(period.label()).append("\n\n");
        TextTable table = new TextTable(List.of("id", "indicator", "baseline", "target", "actual", "achieved",
                "status"), 2, 3, 4, 5);
        String section = null;
        boolean anyProrated = false;
        for (PublishedIndicator p : published.indicators()) {
            String s = p.declaration().section();
            if (s != null && !s.equals(section)) {
                table.note(s.toUpperCase(java.util.Locale.ROOT));
                section = s;
            }
            anyProrated |= p.targetProrated();
            table.row(p.id(), p.label(), Figures.of(p.baseline()),
                    Figures.of(p.target()) + (p.targetProrated() ? "*" : ""),
                    p.available() ? text(p.value()) : "n/a",
                    p.achieved().isSuppressed() ? p.achieved().mark()
                            : p.achieved().isPresent() ? Figures.of(p.achieved().value()) + " %" : "",
                    p.statusWithheld() ? "withheld" : status(p.status().orElseThrow(), colour));
            if (p.isRatio()) {
                table.note("    = " + text(p.numerator()) + " / " + text(p.denominator()) + " "
                        + p.denominatorUnit());
            }
            if (!p.available() && p.note() != null) {
                table.note("    " + p.note());
            }
            if (p.breakdownsWithheld() != null) {
                table.note("    breakdown " + p.breakdownsWithheld());
            }
            for (PublishedBreakdown b : p.breakdowns()) {
                table.note("    by " + b.dimension() + ": " + b.cells().stream()
                        .map(c -> c.label() + ": " + (c.figure().isSuppressed() || c.figure().isPresent()
                                ? text(c.figure()) : "n/a"))
                        .collect(Collectors.joining(", ")));
            }
        }
        out.append(table.render(width, List.of("baseline", "id")));
        if (anyProrated) {
            out.append("* target pro-rated by days from the yearly target\n");
        }
        out.append('\n').append(dataQuality(published.sources(), published.problems()));
        return out.toString();
    }

    private static String text(PublishedFigure f) {
        return f.isSuppressed() ? f.mark() : Figures.of(f.value());
    }

    private static String status(Status status, boolean colour) {
        String word = Objects.requireNonNullElse(status.word(), "");
        if (!colour || status == Status.NONE) {
            return word;
        }
        String code = switch (status) {
            case GREEN -> "\u001B[32m";
            case AMBER -> "\u001B[33m";
            default -> "\u001B[31m";
        };
        return code + word + RESET;
    }

    private static String dataQuality(List<SourceFile> sources, ProblemList problems) {
        StringBuilder line = new StringBuilder("Data quality: ")
                .append(problems.errorCount()).append(problems.errorCount() == 1 ? " error, " : " errors, ")
                .append(problems.warningCount()).append(problems.warningCount() == 1 ? " warning" : " warnings");
        String excluded = sources.stream().filter(s -> s.excluded() > 0)
                .map(s -> s.file() + " " + s.excluded()).collect(Collectors.joining(", "));
        line.append(excluded.isEmpty() ? "; no rows excluded" : "; rows excluded: " + excluded);
        return line.append('\n').toString();
    }
}
