package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.SourceFile;

/**
 * The sum check of the money files (budget, expenses, funding): per file and currency, accepted plus excluded
 * amounts must equal the file's column total to the smallest unit, so that no amount is lost or counted twice.
 */
public record Reconciliation(List<ReconciliationLine> lines) {

    private static final List<InputKind> MONEY_FILES = List.of(InputKind.BUDGET, InputKind.EXPENSES,
            InputKind.FUNDING);

    public Reconciliation {
        lines = List.copyOf(lines);
    }

    public static Reconciliation of(List<SourceFile> sources) {
        List<ReconciliationLine> lines = new ArrayList<>();
        for (InputKind kind : MONEY_FILES) {
            for (SourceFile s : sources) {
                if (s.kind() != kind || !s.present()) {
                    continue;
                }
                for (var total : s.columnTotals().entrySet()) {
                    String currency = total.getKey();
                    lines.add(new ReconciliationLine(kind.key(), s.file(), currency, total.getValue(),
                            s.acceptedTotals().getOrDefault(currency, BigDecimal.ZERO),
                            s.excludedTotals().getOrDefault(currency, BigDecimal.ZERO), s.unreadableAmounts()));
                }
            }
        }
        return new Reconciliation(lines);
    }

    public boolean balances() {
        return lines.stream().allMatch(ReconciliationLine::balances);
    }
}
