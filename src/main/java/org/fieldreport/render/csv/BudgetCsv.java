package org.fieldreport.render.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.DonorFunding;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.Forecast;
import org.fieldreport.indicators.RateInUse;
import org.fieldreport.indicators.SpendingPace;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.render.text.FigureText;

/**
 * {@code budget --format csv}: one row per line, heading subtotal and the total ({@code row_type} line, subtotal,
 * total), money as plain decimals in its currency's minor unit (the figures every output shows; subtotals and the
 * total are the sums of the rows above them), percentages to two places, one {@code <currency>_booked} column per
 * other currency, then the year's funding (row_type funding, its figure in the last column), then each exchange rate
 * the expenses were converted at (row_type rate: currency, quote such as "KHR per USD", the rate as read in words,
 * the rate itself in the last column; empty for the rows' own rates, which range). A text cell that a spreadsheet
 * would read as a formula (first character {@code = + - @}, tab or CR) is prefixed with an apostrophe.
 */
public final class BudgetCsv {

    private BudgetCsv() {
    }

    public static String render(PublishedBudget r) {
        String cur = r.currency();
        Set<String> others = new TreeSet<>(r.originalAmounts().keySet());
        List<String> header = new ArrayList<>(List.of("row_type", "heading", "line_code", "line", "budget",
                "budget_to_date", "period_budget", "period_actual", "actual", "remaining", "spent_percent",
                "elapsed_percent", "variance", "variance_percent", "pace_ratio", "pace_flag", "flexibility_percent",
                "needs_donor_approval", "forecast_method", "forecast_year_end", "projected_balance"));
        for (String c : others) {
            header.add(c.toLowerCase(java.util.Locale.ROOT) + "_booked");
        }
        header.add("variance_note");
        header.add("funding_amount");
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(header);
            BigDecimal elapsed = r.progress().elapsedPercent();
            for (BudgetHeading h : r.headings()) {
                for (BudgetRow row : h.rows()) {
                    List<Object> c = new ArrayList<>(List.of("line", text(h.name()), text(row.lineCode()),
                            text(row.line())));
                    figures(c, row.figures(), elapsed, row.pace(), cur);
                    c.add(percent(row.flexibility().basePercent()));
                    c.add(row.needsDonorApproval());
                    forecast(c, row.forecast(), cur);
                    booked(c, row.originalAmounts(), others);
                    c.add(row.varianceNote() == null ? "" : text(row.varianceNote()));
                    csv.printRecord(c);
                }
                List<Object> c = new ArrayList<>(List.of("subtotal", text(h.name()), "", ""));
                figures(c, h.figures(), elapsed, h.pace(), cur);
                c.add("");
                c.add("");
                forecast(c, h.forecast(), cur);
                booked(c, h.originalAmounts(), others);
                c.add("");
                csv.printRecord(c);
            }
            List<Object> c = new ArrayList<>(List.of("total", "", "", ""));
            figures(c, r.total(), elapsed, r.pace(), cur);
            c.add("");
            c.add(!r.flagged().isEmpty());
            forecast(c, r.forecast(), cur);
            booked(c, r.originalAmounts(), others);
            c.add("");
            csv.printRecord(c);
            funding(csv, r.funding(), header.size(), cur);
            for (RateInUse rate : r.rates()) {
                List<Object> row = fundingRow(rate.currency(), rate.quote().text(), text(FigureText.rateInUse(rate)),
                        rate.lowest().compareTo(rate.highest()) == 0 ? FinanceRounding.plain(rate.lowest())
                                .toPlainString() : "", header.size());
                row.set(0, "rate");
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The year's funding after the total, one figure a row (row_type funding, the figure in funding_amount): the
     * year's totals with an empty heading, then each donor's under its name; receipts are beside the commitments,
     * never in the committed figure.
     */
    private static void funding(CSVPrinter csv, FundingStatus f, int width, String cur) throws IOException {
        csv.printRecord(fundingRow("", "status", (f.isWarning() ? "warning: " : "") + f.statusText(), "", width));
        csv.printRecord(fundingRow("", "budget", "budget", money(f.budget(), cur), width));
        csv.printRecord(fundingRow("", "pledged", "pledged (not counted)", money(f.pledged(), cur), width));
        csv.printRecord(fundingRow("", "commitments", "commitments", money(f.commitments(), cur), width));
        csv.printRecord(fundingRow("", "receipts_without_commitment", "received without a commitment",
                money(f.receiptsWithoutCommitment(), cur), width));
        csv.printRecord(fundingRow("", "committed", "committed", money(f.committed(), cur), width));
        csv.printRecord(fundingRow("", "coverage_percent", "coverage (committed / budget)", percent(f.coverage()),
                width));
        csv.printRecord(fundingRow("", "receipts", "received (against commitments, not added)",
                money(f.receipts(), cur), width));
        for (DonorFunding d : f.donors()) {
            csv.printRecord(fundingRow(text(d.donor()), "pledged", "pledged", money(d.pledged(), cur), width));
            csv.printRecord(fundingRow(text(d.donor()), "commitments", "commitments", money(d.commitments(), cur),
                    width));
            csv.printRecord(fundingRow(text(d.donor()), "receipts", "received", money(d.receipts(), cur), width));
            csv.printRecord(fundingRow(text(d.donor()), "receipts_without_commitment",
                    "received without a commitment", money(d.uncommitted(), cur), width));
        }
    }

    private static List<Object> fundingRow(String donor, String key, String label, String amount, int width) {
        List<Object> c = new ArrayList<>(List.of("funding", donor, key, label));
        while (c.size() < width - 1) {
            c.add("");
        }
        c.add(amount);
        return c;
    }

    private static void figures(List<Object> c, BudgetFigures f, BigDecimal elapsed, SpendingPace pace, String cur) {
        c.add(money(f.budget(), cur));
        c.add(money(f.budgetToDate(), cur));
        c.add(money(f.periodBudget(), cur));
        c.add(money(f.periodActual(), cur));
        c.add(money(f.actual(), cur));
        c.add(money(f.remaining(), cur));
        c.add(percent(f.spentPercent()));
        c.add(percent(elapsed));
        c.add(money(f.variance(), cur));
        c.add(percent(f.variancePercent()));
        c.add(exact(pace.ratio()));
        c.add(pace.flag().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void forecast(List<Object> c, Forecast f, String cur) {
        c.add(f.method().key());
        c.add(money(f.yearEnd(), cur));
        c.add(money(f.projectedBalance(), cur));
    }

    private static void booked(List<Object> c, Map<String, BigDecimal> amounts, Set<String> others) {
        for (String o : others) {
            c.add(money(amounts.get(o), o));
        }
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "" : FinanceRounding.display(amount, currency).toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "" : FinanceRounding.displayPercent(value).toPlainString();
    }

    private static String exact(BigDecimal value) {
        return value == null ? "" : FinanceRounding.plain(value).toPlainString();
    }

    private static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value == null ? "" : value;
    }
}
