package org.fieldreport.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the age bands given by their rising lower bounds: {@code [0, 6, 12, 15, 18]} gives {@code 0-5},
 * {@code 6-11}, {@code 12-14}, {@code 15-17} and {@code 18+}. An unrecorded age, or one below the first bound, is
 * in band {@code unknown}.
 */
public final class AgeBands {

    /** The band of a row whose age was not recorded. */
    public static final String UNKNOWN = "unknown";

    private AgeBands() {
    }

    /** Every band label in order, without {@link #UNKNOWN}. */
    public static List<String> labels(List<Integer> lowerBounds) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < lowerBounds.size(); i++) {
            labels.add(label(lowerBounds, i));
        }
        return labels;
    }

    /** The label of the band that holds {@code age}. */
    public static String of(List<Integer> lowerBounds, int age) {
        if (age < 0 || lowerBounds.isEmpty() || age < lowerBounds.get(0)) {
            return UNKNOWN;
        }
        int i = lowerBounds.size() - 1;
        while (age < lowerBounds.get(i)) {
            i--;
        }
        return label(lowerBounds, i);
    }

    private static String label(List<Integer> lowerBounds, int i) {
        int low = lowerBounds.get(i);
        return i == lowerBounds.size() - 1 ? low + "+" : low + "-" + (lowerBounds.get(i + 1) - 1);
    }
}
