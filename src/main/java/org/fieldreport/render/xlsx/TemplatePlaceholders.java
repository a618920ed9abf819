package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxls.common.Context;
import org.jxls.expression.ExpressionEvaluator;
import org.jxls.expression.ExpressionEvaluatorFactory;

/**
 * The placeholder language of workbook templates, in place of JXLS's default JEXL: a placeholder is a name path
 * such as {@code budget.total.actual} or {@code budget.line['1.2'].variance} (brackets for a key holding spaces or
 * dots), looked up in the published values' maps and nothing else; a condition is such a path to a yes/no value,
 * or {@code !} before one. There are no method calls, no operators and no way to reach a Java object: a template
 * is untrusted, and a name that is not a key of the maps names nothing.
 *
 * <p>A cell placeholder that names nothing is filled with a mark ({@link #unknownMark}) that the audit finds in
 * the filled workbook, reports with its cell and turns back into the placeholder's text; a command's expression
 * (the {@code items} of {@code jx:each}, the {@code condition} of {@code jx:if}) that names nothing repeats
 * nothing, is false, and is reported with the template cell of its comment.
 */
final class TemplatePlaceholders implements ExpressionEvaluatorFactory {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern BRACKET = Pattern.compile("\\[\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*]");
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';
    static final Pattern UNKNOWN_MARK = Pattern.compile(MARK_START + "([^" + MARK_END + "]*)" + MARK_END);

    /** The most placeholders and command expressions one filling evaluates (a bound on nested repetition). */
    static final int MAX_EVALUATIONS = 2_000_000;

    private final TemplateValues values;
    private final Set<String> unknownInCommands = new LinkedHashSet<>();
    private final int maxEvaluations;
    private int evaluations;

    /** {@code maxEvaluations} is {@link #MAX_EVALUATIONS} but in tests. */
    TemplatePlaceholders(TemplateValues values, int maxEvaluations) {
        this.values = values;
        this.maxEvaluations = maxEvaluations;
    }

    /** The expressions of commands ({@code items}, {@code condition}) that named nothing, in the order met. */
    Set<String> unknownInCommands() {
        return unknownInCommands;
    }

    /** What a cell shows for a placeholder that names nothing, until the audit finds it. */
    static String unknownMark(String expression) {
        return MARK_START + expression.replace(MARK_END, ' ') + MARK_END;
    }

    @Override
    public ExpressionEvaluator createExpressionEvaluator(String expression) {
        return new Evaluator(expression);
    }

    /** A path's value, or {@code NOTHING} when a part of it is not a key of the map it is looked up in. */
    Object resolve(String expression, Map<String, Object> data) {
        if (++evaluations > maxEvaluations) {
            throw new TooLarge(maxEvaluations);
        }
        List<String> keys = keys(expression.strip());
        if (keys == null) {
            return NOTHING;
        }
        Object current = data;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return NOTHING;
            }
            values.shown(map);
            current = map.get(key);
        }
        return isValue(current) ? current : NOTHING;
    }

    /** The keys of a path ({@code a.b['c d'].e}), or null when it is not one. */
    static List<String> keys(String path) {
        List<String> keys = new ArrayList<>();
        Matcher name = NAME.matcher(path);
        Matcher bracket = BRACKET.matcher(path);
        int at = 0;
        while (at < path.length() || keys.isEmpty()) {
            if (keys.isEmpty() || path.charAt(at) == '.') {
                name.region(keys.isEmpty() ? at : at + 1, path.length());
                if (!name.lookingAt()) {
                    return null;
                }
                keys.add(name.group());
                at = name.end();
            } else if (path.charAt(at) == '[') {
                bracket.region(at, path.length());
                if (!bracket.lookingAt()) {
                    return null;
                }
                keys.add(bracket.group(1) != null ? bracket.group(1) : bracket.group(2));
                at = bracket.end();
            } else {
                return null;
            }
        }
        return keys;
    }

    /** Only the kinds of value {@link TemplateValues} makes (and the row number of {@code varIndex}) may be used. */
    private static boolean isValue(Object value) {
        return value == null || value instanceof String || value instanceof BigDecimal || value instanceof Integer
                || value instanceof Boolean || value instanceof LocalDate || value instanceof List<?>
                || value instanceof Map<?, ?>;
    }

    private static final Object NOTHING = new Object();

    /** Thrown when a template would fill more placeholders than the bound: it stops the filling. */
    static final class TooLarge extends RuntimeException {
        TooLarge(int bound) {
            super(String.format(java.util.Locale.ROOT, "the template fills more than %,d placeholders"
                    + " (a jx:each inside another?)", bound), null, false, false);
        }
    }

    /** One expression: a cell's placeholders (expression null) or a command's attribute. */
    private final class Evaluator implements ExpressionEvaluator {
        private final String expression;

        Evaluator(String expression) {
            this.expression = expression;
        }

        @Override
        public Object evaluate(String placeholder, Map<String, Object> data) {
            Object value = resolve(placeholder, data);
            if (value == NOTHING) {
                return unknownMark(placeholder);
            }
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                return unknownMark(placeholder); // a whole table in one cell: name one of its figures
            }
            return value;
        }

        @Override
        public Object evaluate(Map<String, Object> data) {
            Object value = resolve(expression, data);
            if (value == NOTHING) {
                unknownInCommands.add(expression);
                return new ArrayList<>();
            }
            return value;
        }

        @Override
        public String getExpression() {
            return expression;
        }

        @Override
        public boolean isConditionTrue(Context context) {
            return isConditionTrue(expression, context.toMap());
        }

        @Override
        public boolean isConditionTrue(String condition, Map<String, Object> data) {
            String c = condition.strip();
            boolean negated = c.startsWith("!");
            Object value = resolve(negated ? c.substring(1) : c, data);
            if (!(value instanceof Boolean b)) {
                unknownInCommands.add(condition);
                return false;
            }
            return b != negated;
        }
    }
}
