package org.fieldreport.validate;

import java.util.List;

/** The cross-row checks, in the fixed order they run. */
public final class Checks {

    private Checks() {
    }

    public static List<RowCheck> all() {
        return List.of(new DatesWithinProject(), new DuplicateRows(), new BudgetLineCodes(),
                new ExchangeRatesAvailable());
    }
}
