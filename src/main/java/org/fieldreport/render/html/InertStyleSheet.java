package org.fieldreport.render.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet (or a {@code style} attribute) with everything that could make a browser load something taken
 * out: {@code @import} and {@code @namespace} rules, {@code @font-face} blocks, and every {@code url(...)},
 * {@code image-set(...)}, {@code image(...)}, {@code src(...)} and {@code expression(...)}, whatever its address
 * ({@code http:}, {@code file:}, relative or even {@code data:}; the report's own CSS needs none). Comments are
 * removed first and escaped letters ({@code u\72l(}) are written out, so neither can hide a rule from the check.
 * Colours, fonts by name, sizes and layout pass unchanged.
 */
final class InertStyleSheet {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|\\z)", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})[ \\t\\n\\f]?|\\\\([g-zG-Z])");
    private static final Pattern STATEMENT_RULE = Pattern.compile("(?i)@(import|namespace)\\b[^;{}]*;?");
    private static final Pattern FONT_FACE = Pattern.compile("(?i)@font-face\\b[^{}]*(\\{[^{}]*}?)?");
    private static final String LOADING_FUNCTION = "(?i)(?<![\\w-])(-webkit-image-set|image-set|url|image|src"
            + "|expression|cross-fade)\\s*\\(";
    private static final Pattern WHOLE_FUNCTION = Pattern.compile(LOADING_FUNCTION
            + "\\s*(\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'|[^()\"']*)\\s*\\)");
    private static final Pattern FUNCTION_START = Pattern.compile(LOADING_FUNCTION);

    private InertStyleSheet() {
    }

    /** The CSS text with nothing left that loads. */
    static String clean(String css) {
        String text = COMMENT.matcher(css).replaceAll(" ");
        text = unescapeLetters(text);
        text = STATEMENT_RULE.matcher(text).replaceAll("");
        text = FONT_FACE.matcher(text).replaceAll("");
        text = WHOLE_FUNCTION.matcher(text).replaceAll("none");
        // a function left open (or holding brackets) is broken so that no browser reads it as an address
        text = FUNCTION_START.matcher(text).replaceAll("removed(");
        return text.replace("</", "<\\/");
    }

    /** True when cleaning changes nothing that matters: the text had no comment-free rule that loads. */
    static boolean loadsNothing(String css) {
        String text = unescapeLetters(COMMENT.matcher(css).replaceAll(" "));
        return !STATEMENT_RULE.matcher(text).find() && !FONT_FACE.matcher(text).find()
                && !FUNCTION_START.matcher(text).find();
    }

    /** Writes out escapes that stand for ASCII letters or digits; other escapes stay as they are. */
    private static String unescapeLetters(String css) {
        Matcher m = ESCAPE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (m.find()) {
            String replacement = m.group();
            if (m.group(2) != null) {
                replacement = m.group(2);
            } else {
                int code = Integer.parseInt(m.group(1), 16);
                if (code < 128 && Character.isLetterOrDigit(code)) {
                    replacement = String.valueOf((char) code);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
