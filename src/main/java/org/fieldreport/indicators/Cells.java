package org.fieldreport.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The cells a figure is computed for in one pass over a source: spans of dates (the whole period, or its months or
 * quarters) crossed with the keys of one dimension ({@code site}, {@code activity}, {@code sex}, {@code age_band}), or
 * with a single key every row holds when {@code dimension} is null. Cell {@code k * spans().size() + s} is key
 * {@code k} in span {@code s}. Spans are in date order and do not overlap.
 */
record Cells(List<Span> spans, String dimension, List<String> keys) {

    /** A half-open span of dates. */
    record Span(LocalDate start, LocalDate end) {
        long days() {
            return ChronoUnit.DAYS.between(start, end);
        }
    }

    Cells {
        spans = List.copyOf(spans);
        keys = dimension == null ? List.of("") : List.copyOf(keys);
    }

    /** One cell: every row from {@code start} up to {@code end}. */
    static Cells whole(LocalDate start, LocalDate end) {
        return new Cells(List.of(new Span(start, end)), null, List.of());
    }

    int size() {
        return spans.size() * keys.size();
    }

    Span span(int cell) {
        return spans.get(cell % spans.size());
    }
}
