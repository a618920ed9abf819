package org.fieldreport.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.Forecast;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.indicators.MonthlySpending;
import org.fieldreport.indicators.ReconciliationLine;
import org.fieldreport.indicators.SpendingPace;
import org.fieldreport.model.SourceRef;
import org.fieldreport.privacy.ExpenseLine;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.ProblemList;

/**
 * {@code budget --format json}: schema {@code fieldreport.budget/2} (src/site/budget-json.md). Money and percentages
 * are exact plain decimals, unrounded (divisions carry {@value FinanceRounding#DIVISION_SCALE} places), written
 * without trailing zeros; an undefined percentage or ratio is null. Only {@code rounding_difference} objects hold
 * displayed (rounded) figures: the displayed subtotal minus the sum of the displayed lines. The expenses behind the
 * figures are counted; each is listed with its rate only when asked for ({@code everyExpense}), since a year can
 * hold a million of them. Those that could not be converted are always listed.
 */
public final class BudgetJson {

    public static final String SCHEMA = "fieldreport.budget/2";

    private BudgetJson() {
    }

    public static String render(PublishedBudget r, String projectName, ProblemList problems, ExitCode exit,
                                boolean everyExpense) {
        return Json.write(document(r, projectName, problems, exit, everyExpense));
    }

    /** Writes the same document as {@link #render} to {@code out}, without holding it in memory. */
    public static void write(PublishedBudget r, String projectName, ProblemList problems, ExitCode exit,
                             boolean everyExpense, java.io.Writer out) {
        Json.write(document(r, projectName, problems, exit, everyExpense), out);
    }

    private static ObjectNode document(PublishedBudget r, String projectName, ProblemList problems, ExitCode exit,
                                       boolean everyExpense) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        ObjectNode project = root.putObject("project");
        project.put("code", r.projectCode());
        project.put("name", projectName);
        root.setAll(body(r, everyExpense));
        root.put("errors", problems.errorCount());
        root.put("warnings", problems.warningCount());
        root.put("exit_code", exit.code());
        return root;
    }

    /**
     * The budget report itself, from {@code currency} to {@code expenses}, as {@code budget --format json} writes it
     * by default (the expenses counted, not listed): everything of the schema but its name, the project and the
     * run's outcome, so that other JSON outputs (the report's) can embed it unchanged.
     */
    public static ObjectNode body(PublishedBudget r) {
        return body(r, false);
    }

    private static ObjectNode body(PublishedBudget r, boolean everyExpense) {
        ObjectNode root = Json.object();
        root.put("currency", r.currency());
        ObjectNode period = root.putObject("period");
        period.put("key", r.period().key());
        period.put("label", r.period().label());
        period.put("start", r.period().start().toString());
        period.put("last_day", r.period().lastDay().toString());
        ObjectNode year = root.putObject("year");
        year.put("number", r.progress().year());
        year.put("start", r.progress().yearStart().toString());
        year.put("last_day", r.progress().yearEnd().minusDays(1).toString());
        year.put("days", r.progress().yearDays());
        year.put("elapsed_days", r.progress().elapsedDays());
        year.put("elapsed_percent", exact(r.progress().elapsedPercent()));
        year.put("elapsed_months", exact(r.progress().elapsedMonths()));

        ObjectNode rules = root.putObject("rules");
        ObjectNode flex = rules.putObject("flexibility");
        flex.put("threshold_percent", exact(r.rule().threshold()));
        flex.put("base", r.rule().base().name().toLowerCase(Locale.ROOT));
        flex.put("inclusive", r.rule().inclusive());
        flex.put("description", r.rule().describe());
        ObjectNode band = rules.putObject("pace_band");
        band.put("low", exact(r.paceLow()));
        band.put("high", exact(r.paceHigh()));
        rules.put("forecast_method", r.method().key());
        ObjectNode rounding = rules.putObject("rounding");
        rounding.put("display", "half_up to the currency's minor unit; percentages to "
                + FinanceRounding.PERCENT_PLACES + " places");
        rounding.put("division", FinanceRounding.DIVISION_SCALE + " places, half_even");

        ArrayNode headings = root.putArray("headings");
        for (BudgetHeading h : r.headings()) {
            ObjectNode o = headings.addObject();
            o.put("name", h.name());
            o.put("unbudgeted", h.unbudgeted());
            figures(o, h.figures());
            original(o, h.originalAmounts());
            pace(o, h.pace());
            forecast(o, h.forecast());
            o.set("rounding_difference", displayed(h.roundingDifference()));
            ArrayNode lines = o.putArray("lines");
            for (BudgetRow row : h.rows()) {
                ObjectNode l = lines.addObject();
                l.put("line_code", row.lineCode());
                l.put("line", row.line());
                l.put("heading", row.heading());
                l.put("unbudgeted", row.unbudgeted());
                figures(l, row.figures());
                original(l, row.originalAmounts());
                pace(l, row.pace());
                ObjectNode check = l.putObject("flexibility");
                check.put("base_percent", exact(row.flexibility().basePercent()));
                check.put("needs_donor_approval", row.needsDonorApproval());
                forecast(l, row.forecast());
                if (row.warning() != null) {
                    l.put("warning", row.warning());
                }
                if (row.varianceNote() != null) {
                    l.put("variance_note", row.varianceNote());
                }
            }
        }
        ObjectNode total = root.putObject("total");
        figures(total, r.total());
        original(total, r.originalAmounts());
        pace(total, r.pace());
        forecast(total, r.forecast());
        total.set("rounding_difference", displayed(r.roundingDifference()));

        ArrayNode flagged = root.putArray("needs_donor_approval");
        for (BudgetRow row : r.flagged()) {
            ObjectNode o = flagged.addObject();
            o.put("line_code", row.lineCode());
            o.put("line", row.line());
            o.put("heading", row.heading());
            o.put("variance", exact(row.figures().variance()));
            o.put("base_percent", exact(row.flexibility().basePercent()));
            o.put("variance_note", row.varianceNote());
        }

        ObjectNode burn = root.putObject("burn_rate");
        burn.put("elapsed_months", exact(r.burnRate().elapsedMonths()));
        burn.put("per_month", exact(r.burnRate().perMonth()));
        burn.put("remaining_months", exact(r.burnRate().remainingMonths()));
        burn.put("affordable_per_month", exact(r.burnRate().affordablePerMonth()));

        ArrayNode monthly = root.putArray("monthly");
        for (MonthlySpending m : r.monthly()) {
            ObjectNode o = monthly.addObject();
            o.put("month", m.month().toString());
            o.put("month_of_year", m.monthOfYear());
            o.put("budget_pace", exact(m.budgetPace()));
            o.put("cumulative_budget_pace", exact(m.cumulativeBudgetPace()));
            o.put("actual", exact(m.actual()));
            o.put("cumulative_actual", exact(m.cumulativeActual()));
        }

        FundingStatus f = r.funding();
        ObjectNode funding = root.putObject("funding");
        funding.put("year", f.year());
        funding.put("budget", exact(f.budget()));
        funding.put("pledged", exact(f.pledged()));
        funding.put("commitments", exact(f.commitments()));
        funding.put("receipts", exact(f.receipts()));
        funding.put("receipts_without_commitment", exact(f.receiptsWithoutCommitment()));
        funding.put("committed", exact(f.committed()));
        funding.put("coverage_percent", exact(f.coverage()));
        funding.put("status", f.level().name().toLowerCase(Locale.ROOT));
        funding.put("status_text", f.statusText());
        funding.put("headline", f.headline());

        ArrayNode reconciliation = root.putArray("reconciliation");
        for (ReconciliationLine l : r.reconciliation().lines()) {
            ObjectNode o = reconciliation.addObject();
            o.put("kind", l.kind());
            o.put("file", l.file());
            o.put("currency", l.currency());
            o.put("file_total", exact(l.fileTotal()));
            o.put("accepted", exact(l.accepted()));
            o.put("excluded", exact(l.excluded()));
            o.put("difference", exact(l.difference()));
            o.put("balances", l.balances());
            o.put("unreadable_amounts", l.unreadableAmounts());
        }

        ObjectNode expenses = root.putObject("expenses");
        expenses.put("converted_count", r.expenses().convertedCount());
        expenses.put("unconverted_count", r.expenses().unconverted().size());
        if (!everyExpense) {
            expenses.putNull("converted");
        } else {
            // One object per expense row, converted and written as it comes, not held.
            expenses.putPOJO("converted", new RowArray<>(r.expenses().oneByOne(), r.expenses().convertedCount(),
                    (c, gen) -> {
                        expense(c, gen);
                        number(gen, "rate", c.rate());
                        text(gen, "rate_date", c.rateDate() == null ? null : c.rateDate().toString());
                        text(gen, "rate_source", c.rateSource());
                        number(gen, "converted_amount", c.convertedAmount());
                    }));
        }
        expenses.putPOJO("unconverted", new RowArray<>(r.expenses().unconverted(), r.expenses().unconverted().size(),
                BudgetJson::expense));
        return root;
    }

    private static void expense(ExpenseLine e, JsonGenerator gen) throws IOException {
        SourceRef source = e.source();
        text(gen, "file", source.file());
        gen.writeNumberField("line", source.line());
        text(gen, "date", e.date().toString());
        text(gen, "line_code", e.lineCode());
        text(gen, "description", e.description());
        text(gen, "reference", e.reference());
        number(gen, "amount", e.amount());
        text(gen, "currency", e.currency());
    }

    /** A text field, or null, as {@link ObjectNode#put(String, String)} writes it. */
    private static void text(JsonGenerator gen, String name, String value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeStringField(name, value);
        }
    }

    /** An exact number, or null, as {@link ObjectNode#put(String, BigDecimal)} writes the value {@link #exact} gives. */
    private static void number(JsonGenerator gen, String name, BigDecimal value) throws IOException {
        BigDecimal exact = exact(value);
        if (exact == null) {
            gen.writeNullField(name);
        } else {
            gen.writeFieldName(name);
            gen.writeNumber(exact);
        }
    }

    private static void figures(ObjectNode o, BudgetFigures f) {
        o.put("budget", exact(f.budget()));
        o.put("budget_to_date", exact(f.budgetToDate()));
        o.put("period_budget", exact(f.periodBudget()));
        o.put("period_actual", exact(f.periodActual()));
        o.put("actual", exact(f.actual()));
        o.put("remaining", exact(f.remaining()));
        o.put("spent_percent", exact(f.spentPercent()));
        o.put("variance", exact(f.variance()));
        o.put("variance_percent", exact(f.variancePercent()));
    }

    private static ObjectNode displayed(BudgetFigures d) {
        ObjectNode o = Json.object();
        o.put("budget", d.budget());
        o.put("budget_to_date", d.budgetToDate());
        o.put("period_budget", d.periodBudget());
        o.put("period_actual", d.periodActual());
        o.put("actual", d.actual());
        o.put("remaining", d.remaining());
        o.put("variance", d.variance());
        return o;
    }

    private static void original(ObjectNode o, Map<String, BigDecimal> amounts) {
        ObjectNode m = o.putObject("original_amounts");
        amounts.forEach((c, a) -> m.put(c, exact(a)));
    }

    private static void pace(ObjectNode o, SpendingPace p) {
        ObjectNode m = o.putObject("pace");
        m.put("ratio", exact(p.ratio()));
        m.put("flag", p.flag().name().toLowerCase(Locale.ROOT));
    }

    private static void forecast(ObjectNode o, Forecast f) {
        ObjectNode m = o.putObject("forecast");
        m.put("method", f.method().key());
        m.put("year_end", exact(f.yearEnd()));
        m.put("projected_balance", exact(f.projectedBalance()));
    }

    private static BigDecimal exact(BigDecimal value) {
        return value == null ? null : FinanceRounding.plain(value);
    }
}
