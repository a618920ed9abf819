package org.fieldreport.render.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fieldreport.indicators.Status;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedIndicators;

/**
 * {@code indicators --format csv}: one row per indicator with the period, the logframe columns and, for ratios, the
 * numerator and denominator. Numbers are exact and plain; an empty cell means "does not apply".
 */
public final class IndicatorsCsv {

    public static final List<String> HEADER = List.of("period", "id", "label", "section", "unit", "value",
            "baseline", "target", "target_prorated", "achieved", "status", "numerator", "denominator",
            "denominator_unit", "sensitive", "counts_people");

    private IndicatorsCsv() {
    }

    public static String render(PublishedIndicators published) {
        String period = published.scope().period().key();
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(HEADER);
            for (PublishedIndicator p : published.indicators()) {
                List<String> row = new ArrayList<>();
                row.add(period);
                row.add(p.id());
                row.add(p.label());
                row.add(p.declaration().section() == null ? "" : p.declaration().section());
                row.add(p.unit());
                row.add(plain(p.value()));
                row.add(plain(p.baseline()));
                row.add(plain(p.target()));
                row.add(String.valueOf(p.targetProrated()));
                row.add(plain(p.achieved()));
                row.add(p.status().map(Status::word).orElse(""));
                row.add(plain(p.numerator()));
                row.add(plain(p.denominator()));
                row.add(p.denominatorUnit() == null ? "" : p.denominatorUnit());
                row.add(String.valueOf(p.sensitive()));
                row.add(String.valueOf(p.countsPeople()));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** A published figure: its exact value, or its mark ("<5") when suppressed. */
    private static String plain(PublishedFigure f) {
        return f.isSuppressed() ? f.mark() : plain(f.value());
    }
}
