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
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.Forecast;
import org.fieldreport.indicators.SpendingPace;
import org.fieldreport.privacy.PublishedBudget;

/**
 * {@code budget --format csv}: one row per line, heading subtotal, rounding difference and the total
 * ({@code row_type} line, subtotal, rounding, total), money and percentages as exact plain decimals (rounding rows
 * hold displayed figures), one {@code <currency>_booked} column per other currency. A text cell that a spreadsheet
 * would read as a formula (first character {@code = + - @}, tab or CR) is prefixed with an apostrophe.
 */
public final class BudgetCsv {

    private BudgetCsv() {
    }

    public static String render(PublishedBudget r) {
        Set<String> others = new TreeSet<>(r.originalAmounts().keySet());
        List<String> header = new ArrayList<>(List.of("row_type", "heading", "line_code", "line", "budget",
                "budget_to_date", "period_budget", "period_actual", "actual", "remaining", "spent_percent",
                "elapsed_percent", "variance", "variance_percent", "pace_ratio", "pace_flag", "flexibility_percent",
                "needs_donor_approval", "forecast_method", "forecast_year_end", "projected_balance"));
        for (String c : others) {
            header.add(c.toLowerCase(java.util.Locale.ROOT) + "_booked");
        }
        header.add("variance_note");
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(header);
            BigDecimal elapsed = r.progress().elapsedPercent();
            for (BudgetHeading h : r.headings()) {
                for (BudgetRow row : h.rows()) {
                    List<Object> c = new ArrayList<>(List.of("line", text(h.name()), text(row.lineCode()),
                            text(row.line())));
                    figures(c, row.figures(), elapsed, row.pace());
                    c.add(exact(row.flexibility().basePercent()));
                    c.add(row.needsDonorApproval());
                    forecast(c, row.forecast());
                    booked(c, row.originalAmounts(), others);
                    c.add(row.varianceNote() == null ? "" : text(row.varianceNote()));
                    csv.printRecord(c);
                }
                if (!h.roundingDifference().isZero()) {
                    csv.printRecord(rounding(text(h.name()), h.roundingDifference(), header.size()));
                }
                List<Object> c = new ArrayList<>(List.of("subtotal", text(h.name()), "", ""));
                figures(c, h.figures(), elapsed, h.pace());
                c.add("");
                c.add("");
                forecast(c, h.forecast());
                booked(c, h.originalAmounts(), others);
                c.add("");
                csv.printRecord(c);
            }
            if (!r.roundingDifference().isZero()) {
                csv.printRecord(rounding("", r.roundingDifference(), header.size()));
            }
            List<Object> c = new ArrayList<>(List.of("total", "", "", ""));
            figures(c, r.total(), elapsed, r.pace());
            c.add("");
            c.add(!r.flagged().isEmpty());
            forecast(c, r.forecast());
            booked(c, r.originalAmounts(), others);
            c.add("");
            csv.printRecord(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void figures(List<Object> c, BudgetFigures f, BigDecimal elapsed, SpendingPace pace) {
        c.add(exact(f.budget()));
        c.add(exact(f.budgetToDate()));
        c.add(exact(f.periodBudget()));
        c.add(exact(f.periodActual()));
        c.add(exact(f.actual()));
        c.add(exact(f.remaining()));
        c.add(exact(f.spentPercent()));
        c.add(exact(elapsed));
        c.add(exact(f.variance()));
        c.add(exact(f.variancePercent()));
        c.add(exact(pace.ratio()));
        c.add(pace.flag().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void forecast(List<Object> c, Forecast f) {
        c.add(f.method().key());
        c.add(exact(f.yearEnd()));
        c.add(exact(f.projectedBalance()));
    }

    private static void booked(List<Object> c, Map<String, BigDecimal> amounts, Set<String> others) {
        for (String o : others) {
            c.add(exact(amounts.get(o)));
        }
    }

    private static List<Object> rounding(String heading, BudgetFigures d, int width) {
        List<Object> c = new ArrayList<>(List.of("rounding", heading, "", "rounding difference",
                d.budget().toPlainString(), d.budgetToDate().toPlainString(), d.periodBudget().toPlainString(),
                d.periodActual().toPlainString(), d.actual().toPlainString(), d.remaining().toPlainString(), "", "",
                d.variance().toPlainString()));
        while (c.size() < width) {
            c.add("");
        }
        return c;
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
