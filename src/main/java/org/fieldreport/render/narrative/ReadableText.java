package org.fieldreport.render.narrative;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A line of narrative Markdown as a reader sees it, for matching names: Unicode compatibility forms folded (NFKC,
 * so full-width or ligature letters read as plain ones), character references decoded ({@code &#111;} is "o"),
 * and the characters that show nothing or only style removed: zero-width characters, the soft hyphen and the
 * Markdown emphasis marks {@code * _ ~ `}. Each character remembers the column it came from.
 */
final class ReadableText {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private final String text;
    private final int[] origin;

    private ReadableText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static ReadableText of(String written) {
        // composed first, so that a letter and its accent typed apart fold like the same letter typed at once
        String line = Normalizer.normalize(written, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(line.length());
        int[] origin = new int[line.length() * 4 + 4];
        Matcher reference = REFERENCE.matcher(line);
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int next = i + Character.charCount(cp);
            String shown = new String(Character.toChars(cp));
            if (cp == '&' && reference.find(i) && reference.start() == i) {
                String decoded = Parser.unescapeEntities(reference.group(), false);
                if (!decoded.equals(reference.group())) {
                    shown = decoded;
                    next = reference.end();
                }
            }
            for (int c : shown.codePoints().toArray()) {
                if (!showsNothing(c)) {
                    String folded = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
                    for (int k = 0; k < folded.length(); k++) {
                        if (out.length() == origin.length) {
                            origin = Arrays.copyOf(origin, origin.length * 2);
                        }
                        origin[out.length()] = i;
                        out.append(folded.charAt(k));
                    }
                }
            }
            i = next;
        }
        return new ReadableText(out.toString(), origin);
    }

    /** A name from the deny-list folded the same way, so that it matches the text as read. */
    static String name(String name) {
        return of(name.strip()).text;
    }

    static boolean showsNothing(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u180E' || c == '*' || c == '_' || c == '~' || c == '`';
    }

    String text() {
        return text;
    }

    /** The 0-based index in the original line of the character at {@code index} of the text. */
    int originalIndex(int index) {
        return origin[index];
    }
}
