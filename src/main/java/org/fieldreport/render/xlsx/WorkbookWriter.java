package org.fieldreport.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.fieldreport.render.OutputFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link WorkbookView} as an Excel workbook finance staff can audit: the report's sheets Summary, Results,
 * Outreach, Attendance, Budget, Expenses, Funding, Data quality and About, or the finance workbook's Budget,
 * Expenses, Funding, Rates, Reconciliation and About; with typed cells, live formulas that carry the values POI's
 * formula evaluator gives them (checked against the view's figures before saving), native charts, and nothing from
 * the data ever read as a formula.
 *
 * <p>How it is built: the small sheets are made in memory (POI's XSSF), where formulas can be evaluated and
 * charts, conditional formats and tables created, with the expenses too up to {@value #IN_MEMORY_EXPENSES}; longer
 * lists (more expenses, the Data quality problems) then have their rows streamed through POI's SXSSF on top of
 * that workbook, holding a window of 100 rows in memory. A list longer than a sheet holds continues on
 * "Expenses (2)" and so on, and the Summary says so.
 *
 * <p>The same view and {@code asOf} give the same bytes: the core properties carry the project, title and period
 * only, with created and modified set to {@code asOf}, and every zip entry is stamped with {@code asOf} (UTC) in a
 * fixed order. The file is written beside {@code out} and moved into place atomically.
 */
public final class WorkbookWriter {

    /** The most rows an Excel sheet holds. */
    public static final int EXCEL_ROWS = 1_048_576;

    private static final int STREAM_WINDOW = 100;

    private final int rowLimit;

    public WorkbookWriter() {
        this(EXCEL_ROWS);
    }

    /** A writer whose sheets hold at most {@code rowLimit} rows; smaller than Excel's limit only in tests. */
    WorkbookWriter(int rowLimit) {
        this.rowLimit = rowLimit;
    }

    /**
     * Writes the workbook to {@code out} atomically (see {@link OutputFile}); the same as {@link #prepare} then
     * {@link Prepared#writeTo}.
     */
    public void write(WorkbookView view, Path out, Instant asOf) throws IOException {
        try (Prepared prepared = prepare(view, asOf)) {
            prepared.writeTo(out);
        }
    }

    /**
     * Makes the workbook: POI's own zip goes to a private temporary file, which {@link Prepared#writeTo} rewrites
     * with fixed entry times and order into the output. Closing the result removes the temporary file.
     */
    public Prepared prepare(WorkbookView view, Instant asOf) throws IOException {
        // through POI's strategy, so that the file lies in the run's private folder (WorkbookScratch)
        Path raw = org.apache.poi.util.TempFile.createTempFile("workbook-", ".xlsx").toPath();
        try (OutputStream stream = Files.newOutputStream(raw)) {
            writeRaw(view, asOf, stream);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(raw);
            throw e;
        }
        return new Prepared(raw, asOf, view.audience().confidential());
    }

    /** A made workbook waiting in a private temporary file, to be written out once. */
    public static final class Prepared implements AutoCloseable {
        private final Path raw;
        private final Instant asOf;
        private final boolean confidential;

        private Prepared(Path raw, Instant asOf, boolean confidential) {
            this.raw = raw;
            this.asOf = asOf;
            this.confidential = confidential;
        }

        /** Writes the workbook to {@code out} atomically. */
        public void writeTo(Path out) {
            OutputFile.write(out, OutputFile.Readers.of(confidential), stream -> StableZip.rewrite(raw, stream,
                    asOf.atOffset(ZoneOffset.UTC).toLocalDateTime()));
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(raw);
        }
    }

    private void writeRaw(WorkbookView view, Instant asOf, OutputStream out) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        FormulaChecks checks = new FormulaChecks();
        SheetFrame frame = new SheetFrame(view);
        boolean report = view.contents() == WorkbookView.Contents.REPORT;

        DetailSheet<WorkbookView.ExpenseRow> expenses = ExpensesSheet.detail(view, rowLimit);
        DetailSheet<WorkbookView.ProblemRow> problems = DataQualitySheet.detail(view, rowLimit);
        boolean expensesInMemory = view.expenses().size() <= IN_MEMORY_EXPENSES;
        List<String> notes = new ArrayList<>();
        addIfPresent(notes, SheetSplit.note("The expenses", expenses.parts(), rowLimit));
        addIfPresent(notes, SheetSplit.note("The data-quality problems", problems.parts(), rowLimit));
        if (!expensesInMemory) {
            notes.add(String.format(java.util.Locale.ROOT, "With more than %,d expenses, the Budget sheet's sums"
                    + " over the Expenses sheet carry the report's figures until the workbook is recalculated.",
                    IN_MEMORY_EXPENSES));
        }

        OutreachSheet outreach = null;
        if (report) {
            SummarySheet.write(cells(workbook, "Summary", styles, checks), frame, view, notes);
            ResultsSheet.write(cells(workbook, "Results", styles, checks), frame, view);
            outreach = new OutreachSheet(cells(workbook, "Outreach", styles, checks), view);
            outreach.write(frame, view.summary().periodLabel());
            AttendanceSheet.write(cells(workbook, "Attendance", styles, checks), frame, view);
        }
        BudgetSheet budget = new BudgetSheet(cells(workbook, BUDGET, styles, checks), view, expenses.parts());
        budget.write(frame);
        Map<SheetSplit.Part, ColumnWidths> expenseWidths = prepare(workbook, expenses, styles, checks, frame);
        if (expensesInMemory) {
            write(workbook, expenses, expenseWidths, styles, checks);
        }
        String budgetTotal = view.budget().headings().isEmpty() ? null
                : BUDGET + "!" + new CellReference(budget.totalRow(), 2, true, true).formatAsString();
        FundingSheet.write(cells(workbook, FundingSheet.NAME, styles, checks), frame, view, budgetTotal);
        Map<SheetSplit.Part, ColumnWidths> problemWidths = Map.of();
        if (report) {
            problemWidths = prepare(workbook, problems, styles, checks, frame);
        } else {
            RatesSheet.write(cells(workbook, RatesSheet.NAME, styles, checks), frame, view, expenses.parts());
            ReconciliationSheet.write(cells(workbook, ReconciliationSheet.NAME, styles, checks), frame, view);
        }
        AboutSheet.write(cells(workbook, "About", styles, checks), frame, view, asOf);

        // POI's evaluator stores each formula's value as the cached value other tools show until they recalculate;
        // formulas over streamed expenses cannot be evaluated here and keep the report's figures
        checks.evaluateAndVerify(workbook.getCreationHelper().createFormulaEvaluator(),
                expensesInMemory ? Set.of() : Set.of(BUDGET, RatesSheet.NAME));
        if (outreach != null) {
            outreach.chart(workbook.getSheet("Outreach"));
        }
        budget.chart(workbook.getSheet(BUDGET));
        describe(workbook, view, asOf);

        // closing deletes SXSSF's temporary row files (POI 5.3 and later)
        try (SXSSFWorkbook streaming = new StreamingWorkbook(workbook, STREAM_WINDOW)) {
            if (!expensesInMemory) {
                stream(streaming, expenses, expenseWidths, styles);
            }
            if (report) {
                stream(streaming, problems, problemWidths, styles);
            }
            streaming.write(out);
        }
    }

    /** The Budget sheet's name, which the Funding sheet's budget and the expenses' sums refer to. */
    static final String BUDGET = "Budget";

    /**
     * Up to this many expenses are written into the in-memory workbook, where POI evaluates the Budget sheet's sums
     * over them and their values are checked before saving; more are streamed (a workbook of 50,000 expenses in
     * memory needs about 500 MB).
     */
    static final int IN_MEMORY_EXPENSES = 20_000;

    private static <T> void write(XSSFWorkbook workbook, DetailSheet<T> detail,
            Map<SheetSplit.Part, ColumnWidths> widths, WorkbookStyles styles, FormulaChecks checks) {
        for (SheetSplit.Part part : detail.parts()) {
            detail.stream(part, new SheetCells(workbook.getSheet(part.sheetName()), styles, widths.get(part), checks));
        }
    }

    private static SheetCells cells(XSSFWorkbook workbook, String name, WorkbookStyles styles, FormulaChecks checks) {
        return new SheetCells(workbook.createSheet(name), styles, new ColumnWidths(), checks);
    }

    private static <T> Map<SheetSplit.Part, ColumnWidths> prepare(XSSFWorkbook workbook, DetailSheet<T> detail,
            WorkbookStyles styles, FormulaChecks checks, SheetFrame frame) {
        Map<SheetSplit.Part, ColumnWidths> widths = new LinkedHashMap<>();
        for (SheetSplit.Part part : detail.parts()) {
            ColumnWidths w = new ColumnWidths();
            detail.prepare(part, new SheetCells(workbook.createSheet(part.sheetName()), styles, w, checks), frame);
            widths.put(part, w);
        }
        return widths;
    }

    /** Streams the rows of {@code detail}; their formulas keep the figures they were written with, unchecked. */
    private static <T> void stream(SXSSFWorkbook streaming, DetailSheet<T> detail,
            Map<SheetSplit.Part, ColumnWidths> widths, WorkbookStyles styles) {
        for (SheetSplit.Part part : detail.parts()) {
            SheetCells cells = new SheetCells(streaming.getSheet(part.sheetName()), styles, widths.get(part), null);
            detail.stream(part, cells);
        }
    }

    /** Core properties: the project, title and period only; no person's name; times from {@code asOf}. */
    private static void describe(XSSFWorkbook workbook, WorkbookView view, Instant asOf) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        WorkbookView.Summary s = view.summary();
        String kind = view.contents() == WorkbookView.Contents.REPORT ? " – project report – " : " – finance workbook – ";
        core.setTitle(s.projectName() + kind + s.periodLabel());
        core.setSubjectProperty(s.projectCode() + " – " + s.periodLabel());
        core.setCreator("fieldreport");
        core.setLastModifiedByUser("");
        core.setCreated(Optional.of(Date.from(asOf)));
        core.setModified(Optional.of(Date.from(asOf)));
        if (view.audience().confidential()) {
            core.setKeywords(SheetFrame.CONFIDENTIAL);
        }
    }

    private static void addIfPresent(List<String> notes, String note) {
        if (note != null) {
            notes.add(note);
        }
    }
}
