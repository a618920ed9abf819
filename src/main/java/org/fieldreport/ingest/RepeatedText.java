package org.fieldreport.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each value that a file repeats row after row (a child code, a session id): a million attendance rows
 * then hold a few thousand strings instead of two million, and each keeps its computed hash for the distinct counts.
 * One per file being read; not shared between threads.
 */
final class RepeatedText {

    private final Map<String, String> seen = new HashMap<>();

    String of(String value) {
        String first = seen.putIfAbsent(value, value);
        return first == null ? value : first;
    }
}
