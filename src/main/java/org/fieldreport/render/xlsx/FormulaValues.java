package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Works out the value of every formula this package writes and stores it in the cell as its cached value, which
 * is what other tools show until they recalculate. The formulas are few and built here, so this reads only what
 * they use: numbers, same-sheet cell references and ranges, {@code + - * /}, parentheses, {@code SUM} and
 * {@code IF(x=y, "", z)}. It computes as POI's formula evaluator did before it (whose function table alone is
 * several hundred classes to load), so the cached values are the same to the last bit: sums and differences in
 * doubles, left to right, a sum adding its numbers in row order and skipping empty cells and text; products and
 * quotients of the numbers as Excel shows them (15 significant digits), exactly or to 34 digits; an empty cell
 * counting 0 in arithmetic; a zero result of {@code + * /} stored as +0; only the branch an IF takes evaluated. Anything else (text in arithmetic, division by zero, a formula it cannot read) is a programming
 * error in this package and throws.
 */
final class FormulaValues {

    private final Map<Cell, Object> values = new IdentityHashMap<>();

    /** Evaluates each formula cell and stores its value in it; text results are the empty text of an IF. */
    void evaluate(List<Cell> formulas) {
        for (Cell cell : formulas) {
            Object value = value(cell);
            if (value instanceof Double d) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue(new XSSFRichTextString((String) value));
            }
        }
    }

    private Object value(Cell cell) {
        Object known = values.get(cell);
        if (known != null) {
            return known;
        }
        if (values.containsKey(cell)) {
            throw new IllegalStateException("circular formula at " + where(cell));
        }
        values.put(cell, null);
        Object value = new Reading(cell).formula();
        values.put(cell, value);
        return value;
    }

    /** The value a reference to a cell gives: its number, its formula's value, null when empty, or its text. */
    private Object cellValue(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case FORMULA -> value(cell);
            case BLANK -> null;
            case STRING -> cell.getStringCellValue();
            default -> throw new IllegalStateException("a formula refers to " + where(cell) + ", a "
                    + cell.getCellType() + " cell");
        };
    }

    private static String where(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + new CellReference(cell).formatAsString(false);
    }

    /** One formula's text, read by recursive descent. */
    private final class Reading {
        private final Cell cell;
        private final String text;
        private int at;
        /** Above zero while reading the branch of an IF that is not taken: read, not evaluated (as in Excel). */
        private int skipping;

        Reading(Cell cell) {
            this.cell = cell;
            this.text = cell.getCellFormula();
        }

        Object formula() {
            Object value = sum();
            if (at != text.length()) {
                throw unreadable();
            }
            return value;
        }

        /** {@code term (('+' | '-') term)*} */
        private Object sum() {
            Object value = term();
            while (at < text.length() && (peek() == '+' || peek() == '-')) {
                char op = text.charAt(at++);
                double left = number(value);
                double right = number(term());
                value = op == '+' ? nonNegativeZero(left + right) : left - right;
            }
            return value;
        }

        /** {@code factor (('*' | '/') factor)*} */
        private Object term() {
            Object value = factor();
            while (at < text.length() && (peek() == '*' || peek() == '/')) {
                char op = text.charAt(at++);
                double left = number(value);
                double right = number(factor());
                if (skipping > 0) {
                    continue;
                }
                if (op == '/' && right == 0.0) {
                    throw new IllegalStateException(where(cell) + " (" + text + ") divides by zero");
                }
                value = nonNegativeZero(op == '*' ? excel(left).multiply(excel(right)).doubleValue()
                        : excel(left).divide(excel(right), MathContext.DECIMAL128).doubleValue());
            }
            return value;
        }

        private Object factor() {
            char c = peek();
            if (c == '(') {
                at++;
                Object value = sum();
                expect(')');
                return value;
            }
            if (c == '"') {
                int end = text.indexOf('"', at + 1);
                if (end < 0) {
                    throw unreadable();
                }
                String literal = text.substring(at + 1, end);
                at = end + 1;
                return literal;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = at;
                while (at < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                    at++;
                }
                return Double.parseDouble(text.substring(start, at));
            }
            String name = name();
            if (at < text.length() && peek() == '(') {
                at++;
                return switch (name) {
                    case "SUM" -> sumFunction();
                    case "IF" -> ifFunction();
                    default -> throw unreadable();
                };
            }
            CellReference ref = new CellReference(name);
            if (at < text.length() && peek() == ':') {
                throw unreadable(); // a range outside SUM
            }
            return skipping > 0 ? null : cellValue(cell.getSheet(), ref.getRow(), ref.getCol());
        }

        private double sumFunction() {
            double total = 0;
            do {
                CellReference first = new CellReference(name());
                CellReference last = first;
                if (at < text.length() && peek() == ':') {
                    at++;
                    last = new CellReference(name());
                }
                for (int r = first.getRow(); r <= last.getRow() && skipping == 0; r++) {
                    for (int c = first.getCol(); c <= last.getCol(); c++) {
                        if (cellValue(cell.getSheet(), r, c) instanceof Double d) {
                            total += d;
                        }
                    }
                }
            } while (accept(','));
            expect(')');
            return total;
        }

        private Object ifFunction() {
            double left = number(sum());
            expect('=');
            double right = number(sum());
            expect(',');
            boolean equal = left == right;
            Object then = branch(equal);
            expect(',');
            Object otherwise = branch(!equal);
            expect(')');
            return equal ? then : otherwise;
        }

        private Object branch(boolean taken) {
            if (taken) {
                return sum();
            }
            skipping++;
            try {
                sum();
                return null;
            } finally {
                skipping--;
            }
        }

        private String name() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '$')) {
                at++;
            }
            if (start == at) {
                throw unreadable();
            }
            return text.substring(start, at);
        }

        private double number(Object value) {
            if (value == null || skipping > 0) {
                return 0.0;
            }
            if (value instanceof Double d) {
                return d;
            }
            throw new IllegalStateException(where(cell) + " (" + text + ") does arithmetic on the text \"" + value
                    + "\"");
        }

        private char peek() {
            if (at >= text.length()) {
                throw unreadable();
            }
            return text.charAt(at);
        }

        private boolean accept(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw unreadable();
            }
        }

        private IllegalStateException unreadable() {
            return new IllegalStateException(where(cell) + ": cannot read the formula " + text + " at " + at);
        }
    }

    /** A number as Excel shows it (15 significant digits), the operand of its products and quotients. */
    private static BigDecimal excel(double d) {
        return new BigDecimal(NumberToTextConverter.toText(d));
    }

    /** Excel stores a zero result of + * / as +0 (a difference keeps its sign). */
    private static double nonNegativeZero(double d) {
        return d == 0.0 ? 0.0 : d;
    }
}
