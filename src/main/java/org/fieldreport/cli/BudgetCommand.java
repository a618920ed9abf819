package org.fieldreport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldreport.app.BudgetCheck;
import org.fieldreport.app.FinanceWorkbook;
import org.fieldreport.render.text.ProblemsText;
import org.fieldreport.render.csv.BudgetCsv;
import org.fieldreport.render.json.BudgetJson;
import org.fieldreport.render.text.BudgetText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldreport budget}: budget against actual for a period, funding, burn rate, forecast, reconciliation. */
@Command(name = "budget", mixinStandardHelpOptions = true,
        description = "Budget against actual for a period: lines under headings, flags, funding status, burn rate,"
                + " forecast and the reconciliation of the money files.")
final class BudgetCommand implements Callable<Integer> {

    @Mixin
    ProjectFolder project;

    @Mixin
    PeriodOptions when;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, csv, or xlsx (the finance workbook {code}_{period}_budget.xlsx, written into"
                    + " --out) (default: ${DEFAULT-VALUE}).")
    OutputChoice format;

    @Option(names = {"-o", "--out"}, defaultValue = "out", paramLabel = "DIR",
            description = "Where --format xlsx writes the workbook (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-a", "--audience"}, defaultValue = "internal", paramLabel = "AUDIENCE",
            description = "For --format xlsx: internal, donor or public (default: ${DEFAULT-VALUE}).")
    org.fieldreport.privacy.Audience audience;

    @Option(names = "--expenses",
            description = "With --format json: also list every expense counted, with its rate and converted amount"
                    + " (by default the JSON counts them; the xlsx workbook lists those the actuals sum).")
    boolean everyExpense;

    @Option(names = "--fail-on", paramLabel = "flagged",
            description = "flagged: exit 3 when a line needs donor approval or an expense could not be converted.")
    FailOn failOn;

    @Mixin
    TableWidth table;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum OutputChoice { text, json, csv, xlsx }

    enum FailOn { flagged }

    @Override
    public Integer call() {
        if (everyExpense && format != OutputChoice.json) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--expenses lists the expenses in the JSON: use it with --format json");
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        BudgetCheck check;
        if (format == OutputChoice.xlsx) {
            FinanceWorkbook workbook = FinanceWorkbook.write(project.path, project.outside(), when.period, when.asOf,
                    audience, this.out, failOn == FailOn.flagged);
            check = workbook.check();
            if (!common.quiet) {
                out.println(workbook.output().path() + " (" + workbook.output().bytes() + " bytes)");
            }
        } else {
            check = BudgetCheck.of(project.path, project.outside(), when.period, when.asOf,
                    failOn == FailOn.flagged);
        }
        var problems = check.loaded().problems();
        when.sayChosen(err, common.quiet, "", check.budget().period().label(), check.budget().period().key());
        switch (format) {
            case json -> BudgetJson.write(check.budget(), check.loaded().data().project().name(), problems.freeze(),
                    check.exitCode(), everyExpense, out);
            case csv -> out.print(BudgetCsv.render(check.budget()));
            case text -> out.print(BudgetText.render(check.budget(), table.columns()));
            case xlsx -> {
            }
        }
        Diagnostics.print(err, problems.all(), problems.notKept(), common, "");
        if (problems.errorCount() + problems.warningCount() > 0 && !common.quiet) {
            err.println(ProblemsText.totals(problems.errorCount(), problems.warningCount())
                    + " (`fieldreport validate` lists them per file)");
        }
        if (check.exitCode() == org.fieldreport.problem.ExitCode.BUDGET_FLAG) {
            java.util.List<String> flags = new java.util.ArrayList<>();
            check.budget().flagged().forEach(r -> flags.add(r.lineCode() + " (" + r.line() + ")"));
            if (!check.budget().expenses().unconverted().isEmpty()) {
                flags.add("unconverted expenses: " + check.budget().expenses().unconverted().size());
            }
            FlagNotice.print(err, "", flags);
        }
        out.flush();
        err.flush();
        return check.exitCode().code();
    }
}
