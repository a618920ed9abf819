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
 * that no output carries a code, and on every expense description. Matching ignores case. A code made of letters,
 * digits, '-' and '_' is found anywhere inside a run of such characters (so {@code xSMC-0142_} is a hit); any other
 * code is found by a plain search.
 *
 * <p>Text without a code, nearly all of it, is scanned without making a string: each window of a code's length
 * inside a run of code characters is hashed as it slides, and only a window whose hash some code has is compared.
 */
public final class ChildCodeScan {

    /** ASCII letters, digits, '-' and '_'. */
    private static final boolean[] WORD_CHARS = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            WORD_CHARS[c] = Character.isLetterOrDigit(c) || c == '-' || c == '_';
        }
    }

    /** Bits of the filter of window hashes: 64 Ki bits, few false hits for tens of thousands of codes. */
    private static final int FILTER_BITS = 1 << 16;

    /** Codes made of word characters, upper-cased, to the code as given. */
    private final Map<String, String> wordCodes = new HashMap<>();
    /** The lengths of the word codes, ascending. */
    private final int[] wordLengths;
    /** Bit {@code hash & (FILTER_BITS - 1)} is set for the hash of each upper-cased word code. */
    private final long[] wordHashes = new long[FILTER_BITS / 64];
    /** Other codes, upper-cased, to the code as given. */
    private final Map<String, String> otherCodes = new TreeMap<>();

    private ChildCodeScan(Collection<String> codes) {
        SortedSet<Integer> lengths = new TreeSet<>();
        for (String code : codes) {
            String wanted = code.strip().toUpperCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            if (wanted.chars().allMatch(ChildCodeScan::isWordChar)) {
                wordCodes.put(wanted, code.strip());
                lengths.add(wanted.length());
                int bit = wanted.hashCode() & (FILTER_BITS - 1);
                wordHashes[bit >>> 6] |= 1L << bit;
            } else {
                otherCodes.put(wanted, code.strip());
            }
        }
        wordLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A scan for these codes; blank codes are ignored. */
    public static ChildCodeScan of(Collection<String> codes) {
        return new ChildCodeScan(codes);
    }

    /** The codes found in this text, as they were given, sorted; empty when it carries none. */
    public SortedSet<String> find(CharSequence text) {
        String original = text.toString();
        // ASCII is upper-cased letter by letter while scanning; other text may change length when upper-cased, so
        // it is upper-cased first.
        boolean ascii = ascii(original);
        String upper = ascii ? original : original.toUpperCase(Locale.ROOT);
        SortedSet<String> found = new TreeSet<>();
        if (wordLengths.length > 0) {
            int start = -1;
            for (int i = 0; i <= upper.length(); i++) {
                boolean word = i < upper.length() && isWordChar(upper.charAt(i));
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    if (i - start >= wordLengths[0]) {
                        findInWord(upper, start, i, found);
                    }
                    start = -1;
                }
            }
        }
        if (!otherCodes.isEmpty()) {
            String all = ascii ? original.toUpperCase(Locale.ROOT) : upper;
            otherCodes.forEach((wanted, code) -> {
                if (all.contains(wanted)) {
                    found.add(code);
                }
            });
        }
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

    /** Adds the word codes standing anywhere in {@code text[start, end)}, a run of word characters. */
    private void findInWord(String text, int start, int end, Set<String> found) {
        for (int length : wordLengths) {
            if (length > end - start) {
                break;
            }
            // String.hashCode of the upper-cased window, slid one character at a time
            int power = 1;
            int hash = 0;
            for (int i = start; i < start + length; i++) {
                hash = 31 * hash + upper(text.charAt(i));
                power *= 31;
            }
            for (int from = start; ; from++) {
                if ((wordHashes[(hash & (FILTER_BITS - 1)) >>> 6] & (1L << hash)) != 0) {
                    String code = wordCodes.get(text.substring(from, from + length).toUpperCase(Locale.ROOT));
                    if (code != null) {
                        found.add(code);
                    }
                }
                if (from + length >= end) {
                    break;
                }
                hash = 31 * hash + upper(text.charAt(from + length)) - power * upper(text.charAt(from));
            }
        }
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII upper case of a word character. */
    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    private static boolean isWordChar(int c) {
        return c < 128 && WORD_CHARS[c];
    }
}
