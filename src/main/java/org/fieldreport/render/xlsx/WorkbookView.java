package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fieldreport.model.RateQuote;

/**
 * Everything the Excel workbook shows, already computed, suppressed for its audience and in display order. The
 * workbook never computes a figure of its own: its live formulas (remaining, % spent, variance, subtotals, %
 * achieved, coverage) must evaluate to the figures given here, and {@link WorkbookWriter} refuses to save a
 * workbook where they do not (to the cent for money, to 0.01 percentage point for shares).
 *
 * <p>Money is exact ({@code BigDecimal}, unrounded); shares are fractions (0.25 is 25 %), unrounded or with at
 * least four decimals. {@code reportingCurrency} is the ISO code every converted amount is in; {@code expensesTotal}
 * is the total of {@code expenses} in it (the budget's actual to date when there is a budget).
 */
public record WorkbookView(
        Contents contents,
        String reportingCurrency,
        Audience audience,
        Summary summary,
        List<ResultRow> results,
        Outreach outreach,
        List<AttendanceRow> attendance,
        Budget budget,
        List<ExpenseRow> expenses,
        BigDecimal expensesTotal,
        Funding funding,
        List<ProblemRow> problems,
        List<RateRow> rates,
        List<ReconciliationRow> reconciliation,
        About about) {

    public WorkbookView {
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        rates = List.copyOf(rates);
        reconciliation = List.copyOf(reconciliation);
        Objects.requireNonNull(audience, "audience");
        results = List.copyOf(results);
        attendance = List.copyOf(attendance);
        expenses = List.copyOf(expenses);
        problems = List.copyOf(problems);
    }

    /**
     * Which workbook: the report's nine sheets, or the finance workbook of {@code fieldreport budget --format xlsx}
     * (Budget, Expenses, Funding, Rates, Reconciliation, About).
     */
    public enum Contents { REPORT, FINANCE }

    /**
     * One exchange rate the listed expenses were converted at, with its date and source, how many of the expenses
     * used it, and how it was read ({@code reads}: "1 USD = 129.50 KES").
     */
    public record RateRow(String currency, BigDecimal rate, LocalDate date, String source, long expenses,
                          String reads) {

        /** A rate without its reading. */
        public RateRow(String currency, BigDecimal rate, LocalDate date, String source, long expenses) {
            this(currency, rate, date, source, expenses, "");
        }
    }

    /**
     * One money file's amounts in one currency: the file's total, the accepted and excluded shares of it and their
     * difference (zero when the file reconciles).
     */
    public record ReconciliationRow(String file, String currency, BigDecimal fileTotal, BigDecimal accepted,
                                    BigDecimal excluded, BigDecimal difference) {
    }

    /**
     * Who the workbook is for ({@code internal}, {@code donor}, {@code public}), whether it must be marked
     * CONFIDENTIAL on every sheet, and the suppression rule applied, in words.
     */
    public record Audience(String name, boolean confidential, String suppressionRule) {
    }

    /** The Summary sheet: the project header, the period, the funding status and the key figures. */
    public record Summary(
            String projectCode,
            String projectName,
            String location,
            String partner,
            String funder,
            String periodLabel,
            String fundingStatus,
            List<KeyFigure> keyFigures,
            List<String> notes) {

        public Summary {
            keyFigures = List.copyOf(keyFigures);
            notes = List.copyOf(notes);
        }
    }

    /** How a key figure is shown. */
    public enum Kind { COUNT, MONEY, SHARE }

    /** One headline figure on the Summary sheet; money is in the reporting currency. */
    public record KeyFigure(String label, Figure value, Kind kind) {
    }

    /**
     * One logframe row (its indicator's id and label): baseline, target and actual (any of them may be suppressed or
     * missing), the engine's %
     * achieved as a share (null when it cannot be computed or is suppressed) and the status in words.
     */
    public record ResultRow(
            String id, String indicator, String unit, Figure baseline, Figure target, Figure actual,
            BigDecimal achieved, String status, Tone tone) {
    }

    /** The colour a status is shown in; the status's words are always shown too. */
    public enum Tone { GREEN, AMBER, RED, GREY }

    /**
     * Outreach by month and area: {@code nights} and {@code childrenReached} hold one entry per area, in the order
     * of {@code areas}; {@code nightsPerArea} and {@code nights} are the engine's totals over the months. Nights add
     * up across months and areas; children reached do not (one child may be met in several months), so the
     * workbook totals only nights.
     */
    public record Outreach(List<String> areas, List<OutreachMonth> months, List<Long> nightsPerArea, long nights) {
        public Outreach {
            areas = List.copyOf(areas);
            months = List.copyOf(months);
            nightsPerArea = List.copyOf(nightsPerArea);
        }
    }

    /** One month of outreach, one entry per area, and the month's nights over all areas. */
    public record OutreachMonth(YearMonth month, List<Long> nights, long totalNights, List<Figure> childrenReached) {
        public OutreachMonth {
            nights = List.copyOf(nights);
            childrenReached = List.copyOf(childrenReached);
        }
    }

    /** Sessions and participants for one month, site and activity. */
    public record AttendanceRow(YearMonth month, String site, String activity, long sessions, Figure participants) {
    }

    /**
     * Budget against actual in the reporting currency, under headings, with the engine's figures for every line,
     * heading and the total. {@code rule} states the flexibility rule in words ("variance beyond 10 % of a line's
     * budget needs donor approval").
     */
    public record Budget(String title, String rule, List<BudgetHeading> headings, BudgetFigures total,
                         boolean totalFlagged, Counted counted, List<String> bookedCurrencies,
                         Map<String, BigDecimal> totalBooked) {
        public Budget {
            headings = List.copyOf(headings);
            bookedCurrencies = List.copyOf(bookedCurrencies);
            totalBooked = Map.copyOf(totalBooked);
        }
    }

    /**
     * The dates the budget's actuals count expenses between, all inclusive: actual to date from {@code yearStart},
     * actual in the period from {@code periodStart}, both to {@code lastDay}; null when there is no budget.
     */
    public record Counted(LocalDate yearStart, LocalDate periodStart, LocalDate lastDay) {
    }

    /** A budget heading (such as Programme or Staff), its lines and its subtotal. */
    public record BudgetHeading(String name, List<BudgetLineRow> lines, BudgetFigures subtotal, boolean flagged,
                                Map<String, BigDecimal> booked) {
        public BudgetHeading {
            lines = List.copyOf(lines);
            booked = Map.copyOf(booked);
        }
    }

    /**
     * One budget line; {@code flagged} means "needs donor approval"; {@code note} is the variance note (may be
     * empty); {@code booked} the amounts booked to date per other currency, before conversion (riel, say).
     */
    public record BudgetLineRow(String code, String name, BudgetFigures figures, boolean flagged, String note,
                                Map<String, BigDecimal> booked) {
        public BudgetLineRow {
            booked = Map.copyOf(booked);
        }
    }

    /**
     * The engine's figures for a line, heading or total: the year's budget, the part of it expected by the end of the
     * period ({@code budgetToDate}, equal to the budget for a whole year) and the actual to date.
     * {@code remaining} is budget − actual and {@code spent} actual ÷ budget (null when the budget is zero);
     * {@code variance} is actual − budget to date and {@code varianceShare} variance ÷ budget to date (null when
     * that is zero).
     */
    public record BudgetFigures(
            BigDecimal budget, BigDecimal budgetToDate, BigDecimal periodActual, BigDecimal actual,
            BigDecimal remaining, BigDecimal spent, BigDecimal variance, BigDecimal varianceShare) {
    }

    /**
     * One accepted expense: the original amount and currency, the rate used and the direction it was read in
     * ({@code quote}: "KHR per USD"; null means units of the original currency per one unit of the reporting
     * currency; the rate is null with its date, source and quote when no conversion was needed) and the amount in
     * the reporting currency.
     */
    public record ExpenseRow(
            LocalDate date, String lineCode, String description, BigDecimal originalAmount, String originalCurrency,
            BigDecimal rate, LocalDate rateDate, String rateSource, BigDecimal amount, String reference,
            RateQuote quote) {

        /** An expense whose rate, if any, counts the original currency per reporting unit. */
        public ExpenseRow(LocalDate date, String lineCode, String description, BigDecimal originalAmount,
                          String originalCurrency, BigDecimal rate, LocalDate rateDate, String rateSource,
                          BigDecimal amount, String reference) {
            this(date, lineCode, description, originalAmount, originalCurrency, rate, rateDate, rateSource, amount,
                    reference, null);
        }

        /** True when the amount is the booked amount times the rate ("KES per USD" on USD), not divided by it. */
        public boolean multiplies() {
            return quote != null && quote.multiplies(originalCurrency);
        }
    }

    /**
     * The Funding sheet: every entry, then the engine's totals (committed = commitments + received without a
     * commitment; received beside them, never added), coverage, the status in words ({@code warning} unless fully
     * funded) and each donor's commitments beside its receipts.
     */
    public record Funding(List<FundingRow> rows, BigDecimal pledged, BigDecimal commitments,
                          BigDecimal receivedWithoutCommitment, BigDecimal committed, BigDecimal received,
                          BigDecimal budget, BigDecimal coverage, String status, boolean warning,
                          List<DonorRow> donors) {
        public Funding {
            rows = List.copyOf(rows);
            donors = List.copyOf(donors);
        }
    }

    /** One donor's pledges, commitments and receipts for the year, and the part of its receipts beyond them. */
    public record DonorRow(String donor, BigDecimal pledged, BigDecimal commitments, BigDecimal received,
                           BigDecimal receivedWithoutCommitment) {
    }

    /** One pledge, commitment or receipt. */
    public record FundingRow(LocalDate date, String kind, String funder, BigDecimal amount, String currency,
                             String reference) {
    }

    /** One data-quality problem; line or column 0 means the whole file or the whole row. */
    public record ProblemRow(String severity, String code, String file, int line, int column, String message) {
    }

    /** The About sheet: where the figures come from and how to reproduce them. */
    public record About(List<SourceRow> sources, String command, String toolVersion) {
        public About {
            sources = List.copyOf(sources);
        }
    }

    /** One input file as read: its SHA-256 and row counts. */
    public record SourceRow(String file, String sha256, long rowsRead, long accepted, long excluded) {
    }
}
