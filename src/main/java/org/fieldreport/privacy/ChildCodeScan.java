package org.fieldreport.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds child codes in an output: its text, its cells, its metadata or the console. Used by end-to-end tests to show
 * that no output carries a code. Matching ignores case. A code made of letters, digits, '-' and '_' is found anywhere
 * inside a run of such characters (so {@code xSMC-0142_} is a hit); any other code is found by a plain search.
 */
public final class ChildCodeScan {

    /** Codes made of word characters, upper-cased, to the code as given. */
    private final Map<String, String> wordCodes = new HashMap<>();
    private final SortedSet<Integer> wordLengths = new TreeSet<>();
    /** Other codes, upper-cased, to the code as given. */
    private final Map<String, String> otherCodes = new TreeMap<>();

    private ChildCodeScan(Collection<String> codes) {
        for (String code : codes) {
            String wanted = code.strip().toUpperCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            if (wanted.chars().allMatch(ChildCodeScan::isWordChar)) {
                wordCodes.put(wanted, code.strip());
                wordLengths.add(wanted.length());
            } else {
                otherCodes.put(wanted, code.strip());
            }
        }
    }

    /** A scan for these codes; blank codes are ignored. */
    public static ChildCodeScan of(Collection<String> codes) {
        return new ChildCodeScan(codes);
    }

    /** The codes found in this text, as they were given, sorted; empty when it carries none. */
    public SortedSet<String> find(CharSequence text) {
        String upper = text.toString().toUpperCase(Locale.ROOT);
        SortedSet<String> found = new TreeSet<>();
        int start = -1;
        for (int i = 0; i <= upper.length(); i++) {
            boolean word = i < upper.length() && isWordChar(upper.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                findInWord(upper, start, i, found);
                start = -1;
            }
        }
        otherCodes.forEach((wanted, code) -> {
            if (upper.contains(wanted)) {
                found.add(code);
            }
        });
        return found;
    }

    /** The text with every code found in it replaced by {@code [child code]}, whatever its case. */
    public String mask(String text) {
        String masked = text;
        for (String code : find(text)) {
            masked = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(code),
                    java.util.regex.Pattern.CASE_INSENSITIVE).matcher(masked).replaceAll("[child code]");
        }
        return masked;
    }

    /**
     * The codes found in these bytes, read one byte per character (ISO-8859-1), so that a code written in ASCII or
     * UTF-8 is found in any file, text or binary, that stores it uncompressed.
     */
    public SortedSet<String> find(byte[] bytes) {
        return find(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private void findInWord(String text, int start, int end, Set<String> found) {
        for (int length : wordLengths) {
            if (length > end - start) {
                break;
            }
            for (int from = start; from + length <= end; from++) {
                String candidate = text.substring(from, from + length);
                String code = wordCodes.get(candidate);
                if (code != null) {
                    found.add(code);
                }
            }
        }
    }

    private static boolean isWordChar(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
