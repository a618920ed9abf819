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
import org.fieldreport.indicators.DonorFunding;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.indicators.MonthlySpending;
import org.fieldreport.indicators.RateInUse;
import org.fieldreport.indicators.ReconciliationLine;
import org.fieldreport.indicators.SpendingPace;
import org.fieldreport.model.SourceRef;
import org.fieldreport.privacy.ExpenseLine;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.ProblemList;
import org.fieldreport.render.text.FigureText;

/**
 * {@code budget --format json}: schema {@code fieldreport.budget/3} (src/site/budget-json.md). Money is a plain
 * decimal in its currency's minor unit (USD 2 places, KHR none), the same figure every output shows: each expense
 * was rounded once when it was converted, and subtotals and totals are the sums of their lines. Percentages have two
 * places, ratios are exact; an undefined percentage or ratio is null. The expenses behind the
 * figures are counted; each is listed with its rate only when asked for ({@code everyExpense}), since a year can
 * hold a million of them. Those that could not be converted are always listed.
 */
public final class BudgetJson {

    public static final String SCHEMA = "fieldreport.budget/3";

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
        String cur = r.currency();
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
        year.put("elapsed_percent", percent(r.progress().elapsedPercent()));
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
        rounding.put("money", "each expense converted once and rounded half_up to the currency's minor unit ("
                + FinanceRounding.minorUnit(cur) + " places); subtotals and totals are sums of the rounded lines");
        rounding.put("percent", "half_up to " + FinanceRounding.PERCENT_PLACES + " places");

        ArrayNode headings = root.putArray("headings");
        for (BudgetHeading h : r.headings()) {
            ObjectNode o = headings.addObject();
            o.put("name", h.name());
            o.put("unbudgeted", h.unbudgeted());
            figures(o, h.figures(), cur);
            original(o, h.originalAmounts());
            pace(o, h.pace());
            forecast(o, h.forecast(), cur);
            ArrayNode lines = o.putArray("lines");
            for (BudgetRow row : h.rows()) {
                ObjectNode l = lines.addObject();
                l.put("line_code", row.lineCode());
                l.put("line", row.line());
                l.put("heading", row.heading());
                l.put("unbudgeted", row.unbudgeted());
                figures(l, row.figures(), cur);
                original(l, row.originalAmounts());
                pace(l, row.pace());
                ObjectNode check = l.putObject("flexibility");
                check.put("base_percent", percent(row.flexibility().basePercent()));
                check.put("needs_donor_approval", row.needsDonorApproval());
                forecast(l, row.forecast(), cur);
                if (row.warning() != null) {
                    l.put("warning", row.warning());
                }
                if (row.varianceNote() != null) {
                    l.put("variance_note", row.varianceNote());
                }
            }
        }
        ObjectNode total = root.putObject("total");
        figures(total, r.total(), cur);
        original(total, r.originalAmounts());
        pace(total, r.pace());
        forecast(total, r.forecast(), cur);

        ArrayNode flagged = root.putArray("needs_donor_approval");
        for (BudgetRow row : r.flagged()) {
            ObjectNode o = flagged.addObject();
            o.put("line_code", row.lineCode());
            o.put("line", row.line());
            o.put("heading", row.heading());
            o.put("variance", money(row.figures().variance(), cur));
            o.put("base_percent", percent(row.flexibility().basePercent()));
            o.put("variance_note", row.varianceNote());
        }

        ObjectNode burn = root.putObject("burn_rate");
        burn.put("elapsed_months", exact(r.burnRate().elapsedMonths()));
        burn.put("per_month", money(r.burnRate().perMonth(), cur));
        burn.put("remaining_months", exact(r.burnRate().remainingMonths()));
        burn.put("affordable_per_month", money(r.burnRate().affordablePerMonth(), cur));

        ArrayNode monthly = root.putArray("monthly");
        for (MonthlySpending m : r.monthly()) {
            ObjectNode o = monthly.addObject();
            o.put("month", m.month().toString());
            o.put("month_of_year", m.monthOfYear());
            o.put("budget_pace", money(m.budgetPace(), cur));
            o.put("cumulative_budget_pace", money(m.cumulativeBudgetPace(), cur));
            o.put("actual", money(m.actual(), cur));
            o.put("cumulative_actual", money(m.cumulativeActual(), cur));
        }

        FundingStatus f = r.funding();
        ObjectNode funding = root.putObject("funding");
        funding.put("year", f.year());
        funding.put("budget", money(f.budget(), cur));
        funding.put("pledged", money(f.pledged(), cur));
        funding.put("commitments", money(f.commitments(), cur));
        funding.put("receipts", money(f.receipts(), cur));
        funding.put("receipts_without_commitment", money(f.receiptsWithoutCommitment(), cur));
        funding.put("committed", money(f.committed(), cur));
        funding.put("coverage_percent", percent(f.coverage()));
        funding.put("status", f.level().name().toLowerCase(Locale.ROOT));
        funding.put("status_text", f.statusText());
        funding.put("headline", f.headline());
        funding.put("warning", f.isWarning());
        ArrayNode donors = funding.putArray("donors");
        for (DonorFunding d : f.donors()) {
            ObjectNode o = donors.addObject();
            o.put("donor", d.donor());
            o.put("pledged", exact(d.pledged()));
            o.put("commitments", exact(d.commitments()));
            o.put("receipts", exact(d.receipts()));
            o.put("receipts_without_commitment", exact(d.uncommitted()));
            o.put("committed", exact(d.committed()));
        }

        ArrayNode rates = root.putArray("rates");
        for (RateInUse rate : r.rates()) {
            ObjectNode o = rates.addObject();
            o.put("currency", rate.currency());
            o.put("quote", rate.quote().text());
            o.put("reads", FigureText.rateInUse(rate));
            o.put("lowest", exact(rate.lowest()));
            o.put("highest", exact(rate.highest()));
            o.put("month", rate.month() == null ? null : rate.month().toString());
            o.put("source", rate.source());
            o.put("expenses", rate.expenses());
        }

        ArrayNode reconciliation = root.putArray("reconciliation");
        for (ReconciliationLine l : r.reconciliation().lines()) {
            ObjectNode o = reconciliation.addObject();
            o.put("kind", l.kind());
            o.put("file", l.file());
            o.put("currency", l.currency());
            o.put("file_total", money(l.fileTotal(), l.currency()));
            o.put("accepted", money(l.accepted(), l.currency()));
            o.put("excluded", money(l.excluded(), l.currency()));
            o.put("difference", money(l.difference(), l.currency()));
            o.put("balances", l.balances());
            o.put("unreadable_amounts", l.unreadableAmounts());
        }

        ObjectNode expenses = root.putObject("expenses");
        expenses.put("converted_count", r.expenses().convertedCount());
        expenses.put("converted_at_a_rate", r.expenses().convertedAtARate());
        expenses.put("unconverted_count", r.expenses().unconverted().size());
        if (!everyExpense) {
            expenses.putNull("converted");
        } else {
            // One object per expense row, converted and written as it comes, not held.
            expenses.putPOJO("converted", new RowArray<>(r.expenses().oneByOne(), r.expenses().convertedCount(),
                    (c, gen) -> {
                        expense(c, gen);
                        number(gen, "rate", exact(c.rate()));
                        text(gen, "quote", c.quote() == null ? null : c.quote().text());
                        text(gen, "reads", c.quote() == null ? null : FigureText.reads(c.quote(), c.rate()));
                        text(gen, "rate_date", c.rateDate() == null ? null : c.rateDate().toString());
                        text(gen, "rate_source", c.rateSource());
                        number(gen, "converted_amount", money(c.convertedAmount(), cur));
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
        number(gen, "amount", money(e.amount(), e.currency()));
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

    /** A number, or null, as {@link ObjectNode#put(String, BigDecimal)} writes it. */
    private static void number(JsonGenerator gen, String name, BigDecimal value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeFieldName(name);
            gen.writeNumber(value);
        }
    }

    private static void figures(ObjectNode o, BudgetFigures f, String cur) {
        o.put("budget", money(f.budget(), cur));
        o.put("budget_to_date", money(f.budgetToDate(), cur));
        o.put("period_budget", money(f.periodBudget(), cur));
        o.put("period_actual", money(f.periodActual(), cur));
        o.put("actual", money(f.actual(), cur));
        o.put("remaining", money(f.remaining(), cur));
        o.put("spent_percent", percent(f.spentPercent()));
        o.put("variance", money(f.variance(), cur));
        o.put("variance_percent", percent(f.variancePercent()));
    }

    private static void original(ObjectNode o, Map<String, BigDecimal> amounts) {
        ObjectNode m = o.putObject("original_amounts");
        amounts.forEach((c, a) -> m.put(c, money(a, c)));
    }

    private static void pace(ObjectNode o, SpendingPace p) {
        ObjectNode m = o.putObject("pace");
        m.put("ratio", exact(p.ratio()));
        m.put("flag", p.flag().name().toLowerCase(Locale.ROOT));
    }

    private static void forecast(ObjectNode o, Forecast f, String cur) {
        ObjectNode m = o.putObject("forecast");
        m.put("method", f.method().key());
        m.put("year_end", money(f.yearEnd(), cur));
        m.put("projected_balance", money(f.projectedBalance(), cur));
    }

    /** An amount in its currency's minor unit, or null. */
    static BigDecimal money(BigDecimal amount, String currency) {
        return amount == null ? null : FinanceRounding.display(amount, currency);
    }

    private static BigDecimal percent(BigDecimal value) {
        return FinanceRounding.displayPercent(value);
    }

    private static BigDecimal exact(BigDecimal value) {
        return value == null ? null : FinanceRounding.plain(value);
    }
}
