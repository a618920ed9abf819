package org.fieldreport.indicators;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A source's rows in date order (ties in file order), by position: the rows of a span of dates are then the
 * positions from one number to another, found without a search. Made by a counting sort on the day, one int per
 * row, skipped when the file is in date order already (as exports mostly are).
 *
 * <p>Also the source's {@code date} column as codes: a row's code is its day less the first day.
 */
final class DateOrder {

    private final int size;
    /** Row number by position; null when the rows are in date order. */
    private final int[] rows;
    private final int firstDay;
    /** {@code starts[k]}: the first position dated {@code firstDay + k} or later; {@code starts[span] = size}. */
    private final int[] starts;
    private final CodedColumn dates;

    private DateOrder(SourceRows source) {
        size = source.size();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        boolean inOrder = true;
        int previous = Integer.MIN_VALUE;
        for (int row = 0; row < size; row++) {
            int day = source.day(row);
            first = Math.min(first, day);
            last = Math.max(last, day);
            inOrder &= day >= previous;
            previous = day;
        }
        firstDay = size == 0 ? 0 : first;
        int span = size == 0 ? 0 : Math.toIntExact((long) last - first + 1);
        starts = new int[span + 1];
        for (int row = 0; row < size; row++) {
            starts[source.day(row) - firstDay + 1]++;
        }
        for (int k = 1; k <= span; k++) {
            starts[k] += starts[k - 1];
        }
        if (inOrder) {
            rows = null;
        } else {
            int[] next = starts.clone();
            rows = new int[size];
            for (int row = 0; row < size; row++) {
                rows[next[source.day(row) - firstDay]++] = row;
            }
        }
        dates = new Dates(source, firstDay, span);
    }

    static DateOrder of(SourceRows source) {
        return new DateOrder(source);
    }

    int size() {
        return size;
    }

    /** Whether position and row number are the same. */
    boolean inFileOrder() {
        return rows == null;
    }

    /** The row at a position. */
    int row(int position) {
        return rows == null ? position : rows[position];
    }

    /** The first position dated {@code date} or later ({@link #size()} when there is none). */
    int position(LocalDate date) {
        long k = date.toEpochDay() - firstDay;
        if (k <= 0) {
            return 0;
        }
        return k >= starts.length - 1 ? size : starts[(int) k];
    }

    /** The date column: a day's code is the day less the first day. */
    CodedColumn dates() {
        return dates;
    }

    /** Dates as codes, their text the ISO form. */
    private record Dates(SourceRows source, int firstDay, int span) implements CodedColumn {
        @Override
        public int codes() {
            return span;
        }

        @Override
        public String label(int code) {
            return LocalDate.ofEpochDay((long) firstDay + code).toString();
        }

        @Override
        public int codeOf(String label) {
            try {
                LocalDate date = LocalDate.parse(label);
                long code = date.toEpochDay() - firstDay;
                return code >= 0 && code < span && date.toString().equals(label) ? (int) code : -1;
            } catch (DateTimeParseException e) {
                return -1;
            }
        }

        @Override
        public void read(int[] rows, int count, int[] codes) {
            for (int k = 0; k < count; k++) {
                codes[k] = source.day(rows[k]) - firstDay;
            }
        }
    }
}
