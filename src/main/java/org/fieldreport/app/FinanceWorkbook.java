package org.fieldreport.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldreport.privacy.Audience;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.render.xlsx.WorkbookAssembly;
import org.fieldreport.render.xlsx.WorkbookScratch;
import org.fieldreport.render.xlsx.WorkbookWriter;

/**
 * The {@code budget --format xlsx} use case: the budget check ({@link BudgetCheck}), then the finance workbook
 * (budget, expenses, funding, rates, reconciliation) written into {@code out} as {@code {code}_{period}_budget.xlsx}
 * (the project's output pattern with {@code budget} for the audience), never over an input file.
 */
public record FinanceWorkbook(BudgetCheck check, WrittenOutput output) {

    /** The word that takes the audience's place in the file name. */
    static final String KIND = "budget";

    /** {@code outside} are the folders beside the project its files may also lie in ({@code --allow-outside}). */
    public static FinanceWorkbook write(Path folder, List<Path> outside, String periodText, LocalDate asOf,
                                        Audience audience, Path out, boolean failOnFlagged) {
        BudgetCheck check = BudgetCheck.of(folder, outside, periodText, asOf, failOnFlagged);
        var project = check.loaded().data().project();
        String asked = DefaultPeriod.orLatestYear(periodText, check.loaded().data());
        ChosenPeriod chosen = ChosenPeriod.of(check.loaded().data(), asked, asOf);
        OutputStaging staging = OutputStaging.of(project, out, chosen.period().key(), KIND);
        Path target = staging.target(OutputFormat.XLSX);
        String reproducing = ReproducingCommand.ofFinanceWorkbook(project.folder(), audience, chosen);
        var view = WorkbookAssembly.finance(check.budget(), project, check.loaded().data().sources(), audience,
                reproducing);
        try (WorkbookScratch scratch = WorkbookScratch.open()) {
            new WorkbookWriter().write(view, target, chosen.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot write " + target + ": " + e.getMessage(),
                    e);
        }
        return new FinanceWorkbook(check, staging.written(OutputFormat.XLSX));
    }
}
