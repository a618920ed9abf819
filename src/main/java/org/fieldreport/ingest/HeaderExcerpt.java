package org.fieldreport.ingest;

import java.util.List;
import org.fieldreport.problem.Excerpt;

/**
 * How a problem may quote the header row of a file: only when the row reads as a CSV header (at least two fields,
 * none of them long or holding a control character), and then at most {@link #MOST_HEADERS} headers of
 * {@link #LONGEST} characters each, invisible characters escaped. A data path that names some other file
 * ({@code /etc/passwd}, {@code /proc/self/environ}) must not have its first line copied into messages, reports and
 * the workbook.
 */
final class HeaderExcerpt {

    static final int MOST_HEADERS = 12;
    static final int LONGEST = 40;
    /** A header cell longer than this is not a column name. */
    private static final int LONGEST_HEADER = 256;

    private HeaderExcerpt() {
    }

    /** Whether {@code headers} look like the header row of a CSV file. */
    static boolean readsAsCsv(List<String> headers) {
        if (headers.size() < 2) {
            return false;
        }
        for (String h : headers) {
            if (h.length() > LONGEST_HEADER || h.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
        }
        return true;
    }

    /** "headers found: a, b, c" for a CSV header, else a sentence saying the first line is not one. */
    static String found(List<String> headers) {
        if (!readsAsCsv(headers)) {
            return "the first line does not read as a CSV header row (not shown); check that the path names the"
                    + " right file";
        }
        return "headers found: " + quoted(headers, false);
    }

    /** Up to {@link #MOST_HEADERS} of {@code names}, each cut short, then how many more there are. */
    static String quoted(List<String> names, boolean inQuotes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size() && i < MOST_HEADERS; i++) {
            if (i > 0) {
                s.append(", ");
            }
            String shown = Excerpt.of(names.get(i), LONGEST);
            s.append(inQuotes ? "\"" + shown + "\"" : shown);
        }
        if (names.size() > MOST_HEADERS) {
            s.append(" and ").append(names.size() - MOST_HEADERS).append(" more");
        }
        return s.toString();
    }
}
