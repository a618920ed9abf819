package org.fieldreport.privacy;

import java.util.List;
import java.util.Optional;
import org.fieldreport.indicators.Conversions;
import org.fieldreport.model.SourceFile;
import org.fieldreport.problem.ProblemList;

/**
 * Everything one report of one project shows, as its audience may see it, shared by every output format of the run
 * (PDF, HTML, workbook and JSON): the scope, the indicators after suppression, budget against actual with the
 * funding status of the period's project year (empty when the period spans two project years), the monthly series,
 * the expenses of the period, the provenance of each input file, the narrative sections, the run's problems (frozen
 * before anything is rendered) and the command line that reproduces the report. It holds no input row and no figure
 * the audience may not see. Made only by {@link ReportPublication}.
 */
public final class PublishedReport {

    private final ReportScope scope;
    private final List<PublishedIndicator> indicators;
    private final PublishedBudget budget;
    private final PublishedActivity activity;
    private final Conversions periodExpenses;
    private final int unconvertedExpenses;
    private final List<SourceFile> sources;
    private final List<NarrativeSection> narrative;
    private final ProblemList problems;
    private final String command;
    private List<ExpenseLine> expenses;

    /**
     * @param periodExpenses the conversions holding the period's expenses (those of the budget's year when there is
     *                       a budget); only those dated within the period are listed
     */
    PublishedReport(ReportScope scope, List<PublishedIndicator> indicators, PublishedBudget budget,
                    PublishedActivity activity, Conversions periodExpenses, List<SourceFile> sources,
                    List<NarrativeSection> narrative, ProblemList problems, String command) {
        this.scope = scope;
        this.indicators = List.copyOf(indicators);
        this.budget = budget;
        this.activity = activity;
        this.periodExpenses = periodExpenses;
        this.unconvertedExpenses = (int) periodExpenses.unconverted().stream()
                .filter(e -> scope.period().contains(e.date())).count();
        this.sources = List.copyOf(sources);
        this.narrative = List.copyOf(narrative);
        this.problems = problems;
        this.command = command;
    }

    public ReportScope scope() {
        return scope;
    }

    public List<PublishedIndicator> indicators() {
        return indicators;
    }

    /** Budget against actual; empty when the period spans two project years, whose budgets are apart. */
    public Optional<PublishedBudget> budget() {
        return Optional.ofNullable(budget);
    }

    public PublishedActivity activity() {
        return activity;
    }

    /**
     * Every converted expense dated within the period, as the budget report converted it (or, without one, as the
     * engine converts it); made when first asked for, since only the workbook lists them.
     */
    public synchronized List<ExpenseLine> expenses() {
        if (expenses == null) {
            expenses = periodExpenses.converted().stream()
                    .filter(c -> scope.period().contains(c.expense().date())).map(ExpenseLine::converted).toList();
        }
        return expenses;
    }

    /** How many of the period's expenses could not be converted (no exchange rate), and so are not listed. */
    public int unconvertedExpenses() {
        return unconvertedExpenses;
    }

    /** The provenance of each input file: its hash, rows read, accepted and excluded, and its money totals. */
    public List<SourceFile> sources() {
        return sources;
    }

    public List<NarrativeSection> narrative() {
        return narrative;
    }

    public ProblemList problems() {
        return problems;
    }

    /** The command line that reproduces the report, as-of date included. */
    public String command() {
        return command;
    }
}
