package org.fieldreport.indicators;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the distinct values of a column 0, 1, 2, ... in the order first met, so that counting distinct child codes
 * or sessions in a cell sets bits in a bitset instead of adding strings to a hash set.
 */
final class CodeNumbers {

    private final Map<String, Integer> numbers = new HashMap<>();

    int number(String value) {
        return numbers.computeIfAbsent(value, v -> numbers.size());
    }
}
