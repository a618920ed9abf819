package org.fieldreport.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fieldreport.ingest.InputFormats;
import org.fieldreport.ingest.ProjectBoundary;
import org.fieldreport.ingest.ProjectFileReader;
import org.fieldreport.ingest.Table;
import org.fieldreport.ingest.TableReader;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.ExchangeRate;
import org.fieldreport.model.Expense;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.Money;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceFile;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problems;
import org.fieldreport.validate.Checks;
import org.fieldreport.validate.Exclusions;
import org.fieldreport.validate.RowCheck;

/**
 * Loads a project folder: project.yaml, then every input file, then the cross-row checks. Rows excluded by a check
 * are removed from the data and counted in the file's provenance, with their amounts, so that the totals reconcile.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static LoadedProject load(Path folder) {
        return load(folder, List.of(), Progress.NONE);
    }

    /**
     * Loads the project, whose files may also lie in the {@code outside} folders, telling {@code progress} how the
     * reading of each file goes.
     */
    public static LoadedProject load(Path folder, List<Path> outside, Progress progress) {
        Project project = readProject(folder, outside);
        Problems problems = new Problems();
        TableReader reader = new TableReader(project, problems, progress);
        Table<List<BudgetLine>> budget = reader.read(InputFormats.BUDGET);
        Table<List<ExchangeRate>> rates = reader.read(InputFormats.RATES);
        Table<List<Expense>> expenses = reader.read(InputFormats.EXPENSES);
        Table<List<FundingEntry>> funding = reader.read(InputFormats.FUNDING);
        Table<List<OutreachNight>> nights = reader.read(InputFormats.OUTREACH_NIGHTS);
        Table<AttendanceRegister> attendance = reader.read(InputFormats.ATTENDANCE,
                InputFormats.ATTENDANCE.sink(project));

        List<SourceFile> provisional = new ArrayList<>();
        for (Table<?> t : List.of(nights, attendance, budget, expenses, funding, rates)) {
            provisional.add(source(t, t.accepted(), Map.of(), Map.of()));
        }
        ProjectData candidate = new ProjectData(project, nights.rows(), attendance.rows(), budget.rows(),
                expenses.rows(), funding.rows(), rates.rows(), provisional);
        Exclusions exclusions = new Exclusions(problems);
        for (RowCheck check : Checks.all()) {
            check.check(candidate, exclusions);
        }

        Kept<OutreachNight> keptNights = keep(nights, exclusions, OutreachNight::source, n -> null);
        AttendanceRegister keptAttendance = exclusions.any(attendance.file())
                ? attendance.rows().without(line -> exclusions.excluded(attendance.file(), line))
                : attendance.rows();
        Kept<BudgetLine> keptBudget = keep(budget, exclusions, BudgetLine::source, BudgetLine::amount);
        Kept<Expense> keptExpenses = keep(expenses, exclusions, Expense::source, Expense::amount);
        Kept<FundingEntry> keptFunding = keep(funding, exclusions, FundingEntry::source, FundingEntry::amount);
        Kept<ExchangeRate> keptRates = keep(rates, exclusions, ExchangeRate::source, r -> null);

        List<SourceFile> sources = List.of(keptNights.source,
                source(attendance, keptAttendance.size(), Map.of(), new HashMap<>(attendance.excludedTotals())),
                keptBudget.source, keptExpenses.source, keptFunding.source, keptRates.source);
        ProjectData candidateData = new ProjectData(project, keptNights.rows, keptAttendance, keptBudget.rows,
                keptExpenses.rows, keptFunding.rows, keptRates.rows, sources);
        ChildCodeGuard guard = ChildCodeGuard.of(project, keptAttendance, problems);
        return new LoadedProject(guard.data(candidateData, problems), problems, guard.mask());
    }

    /**
     * Reads project.yaml, refusing it, and then any path it names, that leads outside the project folder and the
     * {@code outside} folders (see {@link ProjectBoundary}).
     */
    static Project readProject(Path folder, List<Path> outside) {
        ProjectBoundary boundary = ProjectBoundary.of(folder, outside);
        boundary.requireInside(ProjectFileReader.FILE_NAME);
        Project project = ProjectFileReader.read(folder);
        boundary.check(project);
        return project;
    }

    private record Kept<T>(List<T> rows, SourceFile source) {
    }

    private static <T> Kept<T> keep(Table<List<T>> table, Exclusions exclusions, Function<T, SourceRef> where,
                                    Function<T, Money> amount) {
        List<T> kept = new ArrayList<>(table.rows().size());
        Map<String, BigDecimal> accepted = new HashMap<>();
        Map<String, BigDecimal> excluded = new HashMap<>(table.excludedTotals());
        // Most files have no row excluded by a check: then no row's source needs making to look it up.
        boolean any = exclusions.any(table.file());
        for (T row : table.rows()) {
            Money money = amount.apply(row);
            if (any && exclusions.excluded(where.apply(row))) {
                if (money != null) {
                    excluded.merge(money.currency(), money.amount(), BigDecimal::add);
                }
            } else {
                kept.add(row);
                if (money != null) {
                    accepted.merge(money.currency(), money.amount(), BigDecimal::add);
                }
            }
        }
        return new Kept<>(kept, source(table, kept.size(), accepted, excluded));
    }

    private static SourceFile source(Table<?> t, int accepted, Map<String, BigDecimal> acceptedTotals,
                                     Map<String, BigDecimal> excludedTotals) {
        return new SourceFile(t.kind(), t.file(), t.present(), t.sha256(), t.bytes(), t.rowsRead(), accepted,
                t.rowsRead() - accepted, t.columnTotals(), acceptedTotals, excludedTotals, t.unreadableAmounts(),
                t.columns());
    }
}
