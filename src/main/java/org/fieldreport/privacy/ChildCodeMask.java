package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one mask every text passes on its way to an output, a message or a log: anything shaped like one of the
 * project's child codes becomes {@value #MASK}. Three nets, each catching what the others miss:
 * <ul>
 *   <li>the codes themselves (the attendance file's, refused rows included), found wherever they stand
 *       ({@link ChildCodeScan});</li>
 *   <li>the shape declared in project.yaml ({@code privacy: child_codes: "(RF|SMC)-[0-9]{4}"}), any case;</li>
 *   <li>the shapes learned from those codes: each code read as runs of letters, runs of digits and the other
 *       characters between them ({@code RF-0001} is 2 letters, '-', 4 digits), letter runs widened to the shortest
 *       and longest seen at that place, so {@code SMC-0999} is masked though no attendance row names it. A shape
 *       matches a whole token only (not {@code PV-2018-0001}, a voucher number).</li>
 * </ul>
 * A code learns a shape only when it holds at least {@value #DIGITS_TO_LEARN} digits and a letter: a shape of
 * letters alone would mask ordinary words, and one of digits alone amounts and dates. At most
 * {@value #MOST_SHAPES} shapes are learned (the most common, ties in shape order); {@link #unlearned()} says how
 * many were left to the dictionary and the declared shape.
 */
public final class ChildCodeMask {

    /** What a child code becomes in every output. */
    public static final String MASK = "[child code]";

    /** The digits a code needs to teach its shape. */
    static final int DIGITS_TO_LEARN = 3;

    /** The most shapes learned from the codes. */
    static final int MOST_SHAPES = 20;

    private static final ChildCodeMask NONE = new ChildCodeMask(ChildCodeScan.of(List.of()), null, null, 0);

    private final ChildCodeScan dictionary;
    private final Pattern declared;
    private final Pattern learned;
    private final int unlearned;

    private ChildCodeMask(ChildCodeScan dictionary, Pattern declared, Pattern learned, int unlearned) {
        this.dictionary = dictionary;
        this.declared = declared;
        this.learned = learned;
        this.unlearned = unlearned;
    }

    /** A mask that changes nothing: for a project without attendance, and for tests. */
    public static ChildCodeMask none() {
        return NONE;
    }

    /**
     * The mask of a project.
     *
     * @param declared the project's {@code privacy: child_codes} regular expression (already checked), or null
     * @param codes    every child code of the attendance file's accepted rows (those a check excluded later too)
     * @param refused  the codes of rows refused while reading: masked, and learned from, only when shaped like a
     *                 code (a refused row's field may hold a sex or an age instead, which must not mask every "F")
     */
    public static ChildCodeMask of(String declared, Collection<String> codes, Collection<String> refused) {
        List<String> named = new ArrayList<>(codes);
        refused.stream().filter(c -> Shape.of(c.strip()) != null).forEach(named::add);
        Map<String, int[]> shapes = new TreeMap<>();
        Map<String, Shape> byKey = new TreeMap<>();
        for (String code : named) {
            Shape shape = Shape.of(code.strip());
            if (shape != null) {
                Shape before = byKey.get(shape.key());
                byKey.put(shape.key(), before == null ? shape : before.widen(shape));
                shapes.computeIfAbsent(shape.key(), k -> new int[1])[0]++;
            }
        }
        List<String> kept = shapes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(MOST_SHAPES).map(Map.Entry::getKey).sorted().toList();
        // A learned shape is a whole token: not inside a longer run of letters, digits, '-' and '_' (so the voucher
        // PV-2018-0001 is not taken for a code shaped RF-0001); the codes themselves are found anywhere.
        Pattern learned = kept.isEmpty() ? null : Pattern.compile("(?<![A-Za-z0-9_-])(?:" + kept.stream()
                .map(k -> byKey.get(k).regex()).collect(Collectors.joining("|")) + ")(?![A-Za-z0-9_-])");
        return new ChildCodeMask(ChildCodeScan.of(named),
                declared == null ? null : Pattern.compile(declared, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                learned, shapes.size() - kept.size());
    }

    /** How many shapes of the codes were not learned, beyond {@value #MOST_SHAPES}: 0 nearly always. */
    public int unlearned() {
        return unlearned;
    }

    /** The text with everything shaped like a child code replaced by {@value #MASK}; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = dictionary.mask(text);
        if (declared != null) {
            masked = replace(declared, masked);
        }
        if (learned != null) {
            masked = replace(learned, masked);
        }
        return masked;
    }

    /** Whether the text holds anything the mask would replace. */
    public boolean masks(String text) {
        return text != null && !text.equals(mask(text));
    }

    private static String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        // an empty match masks nothing (project.yaml refuses a pattern that matches only empty text)
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.end() > m.start()) {
                out.append(text, last, m.start()).append(MASK);
                last = m.end();
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * A code's shape: its runs of ASCII letters (by the range of their lengths), runs of digits (by their exact
     * length) and the other characters, in order.
     */
    private record Shape(String key, List<int[]> letterRuns, List<String> parts) {

        static Shape of(String code) {
            StringBuilder key = new StringBuilder();
            List<int[]> letterRuns = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            int digits = 0;
            int i = 0;
            while (i < code.length()) {
                char c = code.charAt(i);
                int end = i;
                if (letter(c)) {
                    while (end < code.length() && letter(code.charAt(end))) {
                        end++;
                    }
                    key.append('L');
                    letterRuns.add(new int[] {end - i, end - i});
                    parts.add(null);
                } else if (digit(c)) {
                    while (end < code.length() && digit(code.charAt(end))) {
                        end++;
                    }
                    digits += end - i;
                    key.append('D').append(end - i);
                    parts.add("[0-9]{" + (end - i) + "}");
                } else {
                    end = i + 1;
                    key.append('\'').append(c);
                    parts.add(Pattern.quote(String.valueOf(c)));
                }
                i = end;
            }
            return digits >= DIGITS_TO_LEARN && !letterRuns.isEmpty()
                    ? new Shape(key.toString(), letterRuns, parts) : null;
        }

        /** The shape whose letter runs cover both shapes' (same key). */
        Shape widen(Shape other) {
            List<int[]> runs = new ArrayList<>();
            for (int r = 0; r < letterRuns.size(); r++) {
                runs.add(new int[] {Math.min(letterRuns.get(r)[0], other.letterRuns.get(r)[0]),
                        Math.max(letterRuns.get(r)[1], other.letterRuns.get(r)[1])});
            }
            return new Shape(key, runs, parts);
        }

        String regex() {
            StringBuilder regex = new StringBuilder("(?:");
            int run = 0;
            for (String part : parts) {
                if (part == null) {
                    int[] lengths = letterRuns.get(run++);
                    regex.append("[A-Za-z]{").append(lengths[0]).append(',').append(lengths[1]).append('}');
                } else {
                    regex.append(part);
                }
            }
            return regex.append(')').toString();
        }

        private static boolean letter(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }

        private static boolean digit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
