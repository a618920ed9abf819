package org.fieldreport.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct values of a column 0, 1, 2, ... in the order first met, and remembers each value by its
 * number, so that a small source's text columns can be read as codes (see {@link CodedColumn}).
 */
final class CodeNumbers {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int number(String value) {
        return numbers.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    /** The number of a value met, or -1. */
    int find(String value) {
        return numbers.getOrDefault(value, -1);
    }

    int size() {
        return values.size();
    }

    String value(int number) {
        return values.get(number);
    }
}
