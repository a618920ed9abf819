package org.fieldreport.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportSettings;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.privacy.ReportScope;

/**
 * Lays a published report out as the donor report's view for the PDF and HTML renderers: the header and the
 * audience's marking here, the results table ({@link ResultsTableAssembly}), the charts ({@link ChartsAssembly}), the
 * budget and funding tables ({@link BudgetTableAssembly}) and the provenance appendix ({@link ProvenanceAssembly}).
 * Formats figures and nothing more: every number comes from the {@link PublishedReport}, already suppressed for the
 * audience.
 */
public final class ReportAssembly {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ReportAssembly() {
    }

    public static ReportView view(PublishedReport content) {
        ReportScope scope = content.scope();
        Project project = scope.project();
        String budgetLine = content.budget().map(b -> b.funding().headline()).orElse("");
        ReportHeader header = new ReportHeader("Project Report", project.name(), project.shortName(), project.code(),
                project.location(), scope.period().label(), budgetLine, project.partner(), project.funder());
        Marking marking = new Marking(scope.audience().label(), scope.marking().orElse(""),
                "Reporting Period: " + scope.period().label(), suppressionNote(content));
        String currency = project.currency();
        PublishedBudget budget = content.budget().orElse(null);
        ResultsTable results = ResultsTableAssembly.table(content.indicators(), currency, project.status(),
                content.budget().isPresent());
        ReportSettings chosen = project.report();
        return new ReportView("en", header, content.narrative(), results,
                ChartsAssembly.charts(content, currency), BudgetTableAssembly.budget(budget, currency),
                BudgetTableAssembly.funding(budget, currency), ProvenanceAssembly.appendix(content), marking,
                HeadlineFigure.choose(results, chosen.headline()), signOff(chosen));
    }

    private static SignOff signOff(ReportSettings chosen) {
        ReportSettings.Signatory who = chosen.signOff();
        return new SignOff(chosen.closing() == null ? "" : chosen.closing().strip(),
                who == null || who.name() == null ? "" : who.name().strip(),
                who == null || who.role() == null ? "" : who.role().strip());
    }

    /** The figures narrative may quote by indicator id, as the results table shows them. */
    public static Map<String, String> narrativeFigures(List<PublishedIndicator> indicators, String currency) {
        return ResultsTableAssembly.narrativeFigures(indicators, currency);
    }

    private static String suppressionNote(PublishedReport content) {
        boolean any = content.indicators().stream().anyMatch(PublishedIndicator::anySuppressed);
        String rule = "Privacy: " + content.scope().suppression() + ".";
        return any ? rule + " " + content.scope().legend() + "." : rule;
    }

    /** A month as a chart category: "Mar 2019". */
    static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }

    /** A date in words: "30 November 2019". */
    static String longDate(LocalDate date) {
        return date.format(LONG_DATE);
    }
}
