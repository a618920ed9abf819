package org.fieldreport.indicators;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Facts in date order (ties in their original order), so that the facts of a span are found by two binary searches
 * instead of a scan of every row: a month's cell of a breakdown then reads only that month's rows.
 */
final class FactsByDate {

    static final FactsByDate EMPTY = new FactsByDate(new Fact[0]);

    private final Fact[] facts;
    private final int[] days;

    private FactsByDate(Fact[] sorted, int[] days) {
        this.facts = sorted;
        this.days = days;
    }

    private FactsByDate(Fact[] sorted) {
        this(sorted, new int[sorted.length]);
        for (int i = 0; i < sorted.length; i++) {
            days[i] = Math.toIntExact(sorted[i].date().toEpochDay());
        }
    }

    static FactsByDate of(List<Fact> facts) {
        Fact[] sorted = facts.toArray(new Fact[0]);
        Arrays.sort(sorted, Comparator.comparing(Fact::date)); // stable
        return new FactsByDate(sorted);
    }

    /** Collects a part of the facts, kept in their order, with their days. */
    private static final class Part {
        private Fact[] facts = new Fact[16];
        private int[] days = new int[16];
        private int size;

        void add(Fact fact, int day) {
            if (size == facts.length) {
                facts = Arrays.copyOf(facts, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            facts[size] = fact;
            days[size++] = day;
        }

        FactsByDate done() {
            return new FactsByDate(Arrays.copyOf(facts, size), Arrays.copyOf(days, size));
        }
    }

    /** Every fact, in date order. */
    List<Fact> all() {
        return Arrays.asList(facts);
    }

    /** The facts dated in the half-open span [start, end), in date order. */
    List<Fact> within(LocalDate start, LocalDate end) {
        int from = firstOnOrAfter(start.toEpochDay());
        int to = firstOnOrAfter(end.toEpochDay());
        return from >= to ? List.of() : Arrays.asList(facts).subList(from, to);
    }

    /** The facts that pass, still in date order. */
    FactsByDate filter(Predicate<Fact> test) {
        Part kept = new Part();
        for (int i = 0; i < facts.length; i++) {
            if (test.test(facts[i])) {
                kept.add(facts[i], days[i]);
            }
        }
        return kept.size == facts.length ? this : kept.done();
    }

    /** The facts split by a key, each part still in date order; a fact whose key is null is in the null part. */
    Map<String, FactsByDate> groupBy(Function<Fact, String> key) {
        Map<String, Part> parts = new HashMap<>();
        for (int i = 0; i < facts.length; i++) {
            parts.computeIfAbsent(key.apply(facts[i]), k -> new Part()).add(facts[i], days[i]);
        }
        Map<String, FactsByDate> groups = new HashMap<>();
        parts.forEach((k, v) -> groups.put(k, v.done()));
        return groups;
    }

    private int firstOnOrAfter(long day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (days[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
