package org.fieldreport.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The inputs an indicator can be computed from (its {@code source} in project.yaml), with the columns a declaration
 * may name. Text columns can be counted distinct, filtered on and broken down by; number columns can be summed.
 * {@code site} and {@code area} both name the place column of either source. {@code date}, {@code month},
 * {@code quarter} and (for attendance) {@code age_band} are derived from the row. Indicators with measure
 * {@code finance} have no source here: their figures come from the finance engine.
 */
public enum IndicatorSource {
    OUTREACH_NIGHTS("outreach_nights", "area",
            List.of("date", "area", "team", "session"),
            List.of("staff", "children_contacted", "new_children", "girls", "boys", "interventions", "disclosures",
                    "referrals"),
            List.of("site", "area", "month", "quarter")),
    ATTENDANCE("attendance", "site",
            List.of("date", "site", "activity", "session", "child_code", "sex", "age_band"),
            List.of(),
            List.of("site", "area", "activity", "month", "quarter", "sex", "age_band"));

    private final String key;
    private final String placeColumn;
    private final List<String> textColumns;
    private final List<String> numberColumns;
    private final List<String> dimensions;

    IndicatorSource(String key, String placeColumn, List<String> textColumns, List<String> numberColumns,
                    List<String> dimensions) {
        this.key = key;
        this.placeColumn = placeColumn;
        this.textColumns = textColumns;
        this.numberColumns = numberColumns;
        this.dimensions = dimensions;
    }

    /** The name used in project.yaml. */
    public String key() {
        return key;
    }

    public List<String> textColumns() {
        return textColumns;
    }

    public List<String> numberColumns() {
        return numberColumns;
    }

    /** The breakdowns this source supports. */
    public List<String> dimensions() {
        return dimensions;
    }

    /** The column a name refers to: {@code site} and {@code area} both mean the place column. */
    public String column(String name) {
        if (name.equals("site") || name.equals("area")) {
            return placeColumn;
        }
        return name;
    }

    public boolean hasTextColumn(String name) {
        return textColumns.contains(column(name));
    }

    public static Optional<IndicatorSource> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(IndicatorSource::key).toList();
    }
}
