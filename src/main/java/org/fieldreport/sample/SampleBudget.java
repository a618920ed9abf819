package org.fieldreport.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample's budget lines for Year 1 and Year 2, and what the partner plans to spend on each. Year 1 adds up to
 * exactly USD 45,000.00, as the seed report says; its planned spending is 96.9 % of that, with the prevention days
 * clearly over their line and the fashion preparation well under. The sewing machines have their own Year 1 line.
 */
final class SampleBudget {

    /**
     * One budget line with its approved amount and planned spending per year (zero when the line is not in that
     * year's budget).
     */
    record Line(String code, String name, String heading, BigDecimal budgetYear1, BigDecimal spendYear1,
                BigDecimal budgetYear2, BigDecimal spendYear2) {

        BigDecimal budget(int year) {
            return year == 1 ? budgetYear1 : budgetYear2;
        }

        BigDecimal spend(int year) {
            return year == 1 ? spendYear1 : spendYear2;
        }
    }

    static final List<Line> LINES = List.of(
            line("P1", "Night outreach, Riverfront", "Programme", "9600.00", "9312.00", "10000.00", "10000.00"),
            line("P2", "Kids clubs, Riverfront", "Programme", "4200.00", "4368.00", "4400.00", "4400.00"),
            line("P3", "Kids clubs, Stung Mean Chey", "Programme", "4200.00", "3906.00", "4400.00", "4400.00"),
            line("P4", "Arts programme and arts centre", "Programme", "3600.00", "3456.00", "3800.00", "3800.00"),
            line("P5", "Counselling and case support", "Programme", "2400.00", "2112.00", "2600.00", "2600.00"),
            line("P6", "Quarterly prevention programme", "Programme", "2000.00", "2360.00", "2100.00", "2100.00"),
            line("P7", "Fashion design programme", "Programme", "800.00", "280.00", "4800.00", "4800.00"),
            line("S1", "Outreach and club staff salaries", "Staff", "9000.00", "9000.00", "9600.00", "9600.00"),
            line("S2", "Counsellor salary", "Staff", "2400.00", "2400.00", "2500.00", "2500.00"),
            line("E1", "Sewing machines (3)", "Equipment", "1050.00", "1035.00", "0.00", "0.00"),
            line("E2", "Outreach and club equipment", "Equipment", "600.00", "546.00", "700.00", "700.00"),
            line("A1", "Office rent and utilities", "Administration", "2400.00", "2400.00", "2400.00", "2400.00"),
            line("A2", "Communications and reporting", "Administration", "1150.00", "1081.00", "1200.00",
                    "1200.00"),
            line("A3", "Bank charges and audit", "Administration", "1600.00", "1328.00", "1400.00", "1400.00"));

    private SampleBudget() {
    }

    private static Line line(String code, String name, String heading, String budget1, String spend1,
                             String budget2, String spend2) {
        return new Line(code, name, heading, new BigDecimal(budget1), new BigDecimal(spend1), new BigDecimal(budget2),
                new BigDecimal(spend2));
    }

    static Line line(String code) {
        return LINES.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample budget line " + code));
    }

    /** The line codes in year {@code year}'s budget. */
    static List<Line> linesOf(int year) {
        return LINES.stream().filter(l -> l.budget(year).signum() > 0).toList();
    }

    static long write(Path file) throws IOException {
        try (CsvFileWriter csv = new CsvFileWriter(file, "year", "line_code", "line", "heading", "amount",
                "currency")) {
            for (int year = 1; year <= 2; year++) {
                for (Line l : linesOf(year)) {
                    csv.row(year, l.code(), l.name(), l.heading(), l.budget(year).toPlainString(), "USD");
                }
            }
            return csv.rows();
        }
    }
}
