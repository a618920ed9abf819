package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldreport.render.xlsx.WorkbookView.About;
import org.fieldreport.render.xlsx.WorkbookView.AttendanceRow;
import org.fieldreport.render.xlsx.WorkbookView.Audience;
import org.fieldreport.render.xlsx.WorkbookView.Budget;
import org.fieldreport.render.xlsx.WorkbookView.BudgetFigures;
import org.fieldreport.render.xlsx.WorkbookView.BudgetHeading;
import org.fieldreport.render.xlsx.WorkbookView.BudgetLineRow;
import org.fieldreport.render.xlsx.WorkbookView.Contents;
import org.fieldreport.render.xlsx.WorkbookView.Counted;
import org.fieldreport.render.xlsx.WorkbookView.ExpenseRow;
import org.fieldreport.render.xlsx.WorkbookView.Funding;
import org.fieldreport.render.xlsx.WorkbookView.FundingRow;
import org.fieldreport.render.xlsx.WorkbookView.KeyFigure;
import org.fieldreport.render.xlsx.WorkbookView.Kind;
import org.fieldreport.render.xlsx.WorkbookView.Outreach;
import org.fieldreport.render.xlsx.WorkbookView.OutreachMonth;
import org.fieldreport.render.xlsx.WorkbookView.ProblemRow;
import org.fieldreport.render.xlsx.WorkbookView.ResultRow;
import org.fieldreport.render.xlsx.WorkbookView.SourceRow;
import org.fieldreport.render.xlsx.WorkbookView.Summary;
import org.fieldreport.render.xlsx.WorkbookView.Tone;

/**
 * A hand-made view of Year 1 of the Phnom Penh project, as the engines would hand it over. Budget figures are
 * worked out by hand: Programme 26,500.00 budget / 26,160.75 actual, Staff 18,500.00 / 17,710.00, an unbudgeted
 * vehicle repair of 85.00, total 45,000.00 / 43,955.75 (remaining 1,044.25). Kids clubs are 11.25 % over and
 * flagged; Arts is exactly 10 % under and not flagged (the rule triggers above 10 %).
 */
final class SampleView {

    static final String USD = "USD";

    private SampleView() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A share as the engine gives it: a fraction with ten decimals, HALF_UP. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 10, RoundingMode.HALF_UP);
    }

    static BudgetFigures figures(String budget, String actual) {
        BigDecimal b = d(budget);
        BigDecimal a = d(actual);
        BigDecimal variance = a.subtract(b);
        return new BudgetFigures(b, b, a, a, b.subtract(a), share(a, b), variance, share(variance, b));
    }

    static Audience donor() {
        return new Audience("donor", false,
                "counts of people from 1 to 4 are shown as <5; sensitive indicators below 10 as <10");
    }

    static Audience internal() {
        return new Audience("internal", true, "nothing suppressed");
    }

    static WorkbookView view() {
        return view(donor(), expenses());
    }

    static WorkbookView view(Audience audience, List<ExpenseRow> expenses) {
        return new WorkbookView(Contents.REPORT, USD, audience, summary(), results(), outreach(), attendance(),
                budget(expenses), expenses, total(expenses),
                funding(), problems(), List.of(), List.of(), about());
    }

    /** The expenses' total in USD, as the Expenses sheet's totals row shows it. */
    static BigDecimal total(List<ExpenseRow> expenses) {
        return expenses.stream().map(ExpenseRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Summary summary() {
        return new Summary("KHM-HPC-PSK-P01", "Protecting Street Kids - Phnom Penh", "Phnom Penh, Cambodia",
                "Riverfront Child Safety Partners", "Hope for Children Fund", "December 2018 – November 2019",
                "Budget: Year 1 $45,000 - fully funded",
                List.of(new KeyFigure("Children reached by night outreach", Figure.of(162), Kind.COUNT),
                        new KeyFigure("Outreach nights", Figure.of(85), Kind.COUNT),
                        new KeyFigure("Disclosures of abuse", Figure.suppressed("<10"), Kind.COUNT),
                        new KeyFigure("Spent", Figure.of(d("43955.75")), Kind.MONEY),
                        new KeyFigure("Share of budget spent", Figure.of(share(d("43955.75"), d("45000.00"))),
                                Kind.SHARE)),
                List.of("Three sewing machines were bought ahead of the fashion programme."));
    }

    static List<ResultRow> results() {
        return List.of(
                new ResultRow("outreach_contacts", "Children reached by night outreach", "children", Figure.of(0),
                        Figure.of(150), Figure.of(162), d("1.08"), "On track", Tone.GREEN),
                new ResultRow("kids_club_sessions", "Kids club sessions held", "sessions", Figure.of(0),
                        Figure.of(240), Figure.of(198), d("0.825"), "Behind target", Tone.AMBER),
                new ResultRow("disclosures", "Disclosures of abuse", "children", Figure.MISSING, Figure.of(10),
                        Figure.suppressed("<10"), null, "Withheld", Tone.GREY),
                new ResultRow("prevention_families", "Families attending prevention sessions", "share of families",
                        Figure.of(d("0.25")), Figure.of(d("0.60")), Figure.of(d("0.45")),
                        share(d("0.20"), d("0.35")), "Off track", Tone.RED));
    }

    static Outreach outreach() {
        return new Outreach(List.of("Riverfront", "Stung Mean Chey"),
                List.of(new OutreachMonth(YearMonth.of(2018, 12), List.of(20L, 8L), 28,
                                List.of(Figure.of(45), Figure.of(12))),
                        new OutreachMonth(YearMonth.of(2019, 1), List.of(21L, 8L), 29,
                                List.of(Figure.of(51), Figure.suppressed("<5"))),
                        new OutreachMonth(YearMonth.of(2019, 2), List.of(19L, 9L), 28,
                                List.of(Figure.of(48), Figure.of(15)))),
                List.of(60L, 25L), 85);
    }

    static List<AttendanceRow> attendance() {
        return List.of(
                new AttendanceRow(YearMonth.of(2018, 12), "Riverfront", "kids_club", 20, Figure.of(34)),
                new AttendanceRow(YearMonth.of(2018, 12), "Stung Mean Chey", "arts", 8, Figure.of(19)),
                new AttendanceRow(YearMonth.of(2019, 1), "Stung Mean Chey", "counselling", 3,
                        Figure.suppressed("<5")));
    }

    /**
     * The budget whose actuals are the sums of {@link #expenses} per line (the Budget sheet's SUMIFS must give them):
     * P1 35.00; P2 −12.50; P3 20.00 + 1.00 + 2.00 + 3.00 = 26.00; P4 41,000 KHR at 4,100 = 10.00; S1 nothing;
     * S2 82,000 KHR at 4,010 = 20.448… rounded to 20.45; X9 85.00. Riel booked: P4 41,000, S2 82,000.
     */
    static Budget budget() {
        return budget(expenses());
    }

    /** The sample's budget lines with the actuals and riel booked of {@code expenses}, summed per line. */
    static Budget budget(List<ExpenseRow> expenses) {
        BudgetHeading programme = heading("Programme", false, expenses, line("P1", "Night outreach team", "12000.00"),
                line("P2", "Kids clubs", "8000.00"), line("P3", "Arts programme", "5000.00"),
                line("P4", "Sewing machines", "1500.00"));
        BudgetHeading staff = heading("Staff", false, expenses, line("S1", "Outreach workers", "15000.00"),
                line("S2", "Counsellor", "3500.00"));
        BudgetHeading unbudgeted = heading("Unbudgeted", true, expenses,
                line("X9", "Vehicle repair (not in the budget)", "0"));
        List<BudgetHeading> headings = List.of(programme, staff, unbudgeted);
        BigDecimal actual = headings.stream().map(h -> h.subtotal().actual()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal riel = headings.stream().map(h -> h.booked().getOrDefault("KHR", BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Budget("Budget against actual – Year 1 (USD)",
                "a line whose variance is more than 10 % of its approved budget needs donor approval",
                headings, figures("45000.00", actual.toPlainString()), false,
                new Counted(LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 1), LocalDate.of(2019, 11, 30)),
                List.of("KHR"), Map.of("KHR", riel));
    }

    private static String[] line(String code, String name, String budget) {
        return new String[] {code, name, budget};
    }

    /** A heading of {@code lines} (code, name, budget); P2 and X9 need donor approval, P2 has a variance note. */
    private static BudgetHeading heading(String name, boolean unbudgeted, List<ExpenseRow> expenses,
                                         String[]... lines) {
        List<BudgetLineRow> rows = new ArrayList<>();
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal riel = BigDecimal.ZERO;
        for (String[] l : lines) {
            BigDecimal spent = expenses.stream().filter(e -> e.lineCode().equals(l[0])).map(ExpenseRow::amount)
                    .reduce(new BigDecimal("0.00"), BigDecimal::add);
            BigDecimal booked = expenses.stream().filter(e -> e.lineCode().equals(l[0]))
                    .filter(e -> e.originalCurrency().equals("KHR")).map(ExpenseRow::originalAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean flagged = l[0].equals("P2") || l[0].equals("X9");
            rows.add(new BudgetLineRow(l[0], l[1], figures(l[2], spent.toPlainString()), flagged,
                    l[0].equals("P2") ? "More children joined after the rainy season" : "",
                    booked.signum() == 0 ? Map.of() : Map.of("KHR", booked)));
            budget = budget.add(d(l[2]));
            actual = actual.add(spent);
            riel = riel.add(booked);
        }
        return new BudgetHeading(name, rows, figures(budget.toPlainString(), actual.toPlainString()), unbudgeted,
                riel.signum() == 0 ? Map.of() : Map.of("KHR", riel));
    }

    static List<ExpenseRow> expenses() {
        List<ExpenseRow> rows = new ArrayList<>();
        rows.add(expense(LocalDate.of(2018, 12, 3), "P1", "Torch batteries and water", "35.00", "EXP-001"));
        rows.add(new ExpenseRow(LocalDate.of(2018, 12, 14), "P4", "Sewing machine oil", d("41000"), "KHR",
                d("4100"), LocalDate.of(2018, 12, 14), "row", d("10.00"), "EXP-002"));
        rows.add(expense(LocalDate.of(2019, 1, 7), "P2", "Refund of overpaid hall rent", "-12.50", "EXP-003"));
        rows.add(expense(LocalDate.of(2019, 1, 9), "P3", "=HYPERLINK(\"http://x\",\"y\")", "20.00", "EXP-004"));
        rows.add(expense(LocalDate.of(2019, 1, 9), "P3", "+1", "1.00", "EXP-005"));
        rows.add(expense(LocalDate.of(2019, 1, 10), "P3", "@SUM(1)", "2.00", "EXP-006"));
        rows.add(expense(LocalDate.of(2019, 1, 11), "P3", "-2+3", "3.00", "=1+1"));
        rows.add(new ExpenseRow(LocalDate.of(2019, 2, 1), "S2", "Counsellor travel, February", d("82000"), "KHR",
                d("4010"), LocalDate.of(2019, 2, 1), "rates.csv 2019-02", d("20.45"), "EXP-008"));
        rows.add(expense(LocalDate.of(2019, 3, 2), "X9", "Vehicle repair", "85.00", "EXP-009"));
        return rows;
    }

    static ExpenseRow expense(LocalDate date, String line, String description, String amount, String reference) {
        return new ExpenseRow(date, line, description, d(amount), USD, null, null, null, d(amount), reference);
    }

    /** {@code n} plain expenses of 1.00 USD each, for the split tests. */
    static List<ExpenseRow> manyExpenses(int n) {
        List<ExpenseRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(expense(LocalDate.of(2019, 3, 1), "P1", "Item " + i, "1.00", "R" + i));
        }
        return rows;
    }

    static Funding funding() {
        return new Funding(List.of(
                new FundingRow(LocalDate.of(2018, 10, 1), "pledge", "Hope for Children Fund", d("45000.00"), USD,
                        "Letter of intent"),
                new FundingRow(LocalDate.of(2018, 11, 15), "commitment", "Hope for Children Fund", d("45000.00"),
                        USD, "Grant agreement HCF-2018-07"),
                new FundingRow(LocalDate.of(2018, 12, 5), "receipt", "Hope for Children Fund", d("22500.00"), USD,
                        "Transfer 1 of 2"),
                new FundingRow(LocalDate.of(2019, 6, 3), "receipt", "Hope for Children Fund", d("22500.00"), USD,
                        "Transfer 2 of 2")),
                d("45000.00"), d("45000.00"), d("0"), d("45000.00"), d("45000.00"), d("45000.00"), d("1"),
                "fully funded", false, List.of(new WorkbookView.DonorRow("Hope for Children Fund", d("45000.00"),
                        d("45000.00"), d("45000.00"), d("0"))));
    }

    static List<ProblemRow> problems() {
        return List.of(
                new ProblemRow("warning", "unknown-site", "data/attendance.csv", 14, 3,
                        "site \"Riverside\" is not one of the project's sites; did you mean \"Riverfront\"?"),
                new ProblemRow("error", "bad-number", "data/expenses.csv", 22, 5,
                        "-5,00 is not a number in the amount column"),
                new ProblemRow("warning", "missing-file", "data/rates.csv", 0, 0, "the optional rates file is absent"));
    }

    static About about() {
        return new About(List.of(
                new SourceRow("data/outreach_nights.csv",
                        "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea", 85, 85, 0),
                new SourceRow("data/expenses.csv",
                        "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8", 9, 8, 1)),
                "fieldreport report sample-data --period Y1 --format xlsx --audience donor --as-of 2019-12-15",
                "0.1.0");
    }
}
