package org.fieldreport.ingest;

import java.util.List;
import org.fieldreport.model.InputKind;

/** The format of every input kind, in the order they are read (budget and rates before the expenses that use them). */
public final class InputFormats {

    public static final OutreachNightsFormat OUTREACH_NIGHTS = new OutreachNightsFormat();
    public static final AttendanceFormat ATTENDANCE = new AttendanceFormat();
    public static final BudgetFormat BUDGET = new BudgetFormat();
    public static final ExpensesFormat EXPENSES = new ExpensesFormat();
    public static final FundingFormat FUNDING = new FundingFormat();
    public static final RatesFormat RATES = new RatesFormat();

    private InputFormats() {
    }

    public static InputFormat<?> of(InputKind kind) {
        return switch (kind) {
            case OUTREACH_NIGHTS -> OUTREACH_NIGHTS;
            case ATTENDANCE -> ATTENDANCE;
            case BUDGET -> BUDGET;
            case EXPENSES -> EXPENSES;
            case FUNDING -> FUNDING;
            case RATES -> RATES;
        };
    }

    public static List<InputFormat<?>> all() {
        return List.of(BUDGET, RATES, EXPENSES, FUNDING, OUTREACH_NIGHTS, ATTENDANCE);
    }
}
