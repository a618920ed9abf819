package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.ClosestName;
import org.fieldreport.problem.Problem;

/**
 * The fields of one CSV row, read by canonical column name. Each getter parses its field and, when the field is
 * wrong, records an error naming the file, line and column; {@link #hasErrors()} then tells the reader to exclude
 * the row. Values of columns marked private (child codes) are never quoted in a message. The usual field (an ISO
 * date, a known name, a repeated code, a small count) is read from the row's bytes without making a String.
 */
public final class RowFields {

    /**
     * A phone number: starts with '+' or a leading 0 (local form), then 8 to 15 digits in groups separated by
     * spaces, dashes, dots or brackets. ISO dates and grouped amounts ("4 000 000") do not start that way.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.,])(?:\\+\\d|0\\d)[\\d \\-().]{6,18}\\d(?![\\w])");

    private final String file;
    private CsvRow row;
    private final HeaderMatch header;
    private final DateText dates;
    private final List<Problem> problems;
    private final KnownNames sites;
    private final KnownNames activities;
    private final RepeatedText repeated;
    /** The field the last {@link #repeatedText} call read, or -1. */
    private int lastRepeated = -1;
    private boolean showValues = true;
    private boolean errors;
    /** The column {@link #number} last read in this row (null after moving on), its text and its value. */
    private String numberColumn;
    private String numberText;
    private BigDecimal number;

    public RowFields(String file, CsvRow row, HeaderMatch header, DateText dates, List<Problem> problems,
                     KnownNames sites, KnownNames activities) {
        this(file, row, header, dates, problems, sites, activities, new RepeatedText());
    }

    RowFields(String file, CsvRow row, HeaderMatch header, DateText dates, List<Problem> problems,
              KnownNames sites, KnownNames activities, RepeatedText repeated) {
        this.file = file;
        this.row = row;
        this.header = header;
        this.dates = dates;
        this.problems = problems;
        this.sites = sites;
        this.activities = activities;
        this.repeated = repeated;
    }

    /**
     * These fields for the next row of the same file: the reader keeps one object per file and moves it on, so a
     * million rows make no garbage here.
     */
    RowFields next(CsvRow next) {
        row = next;
        showValues = true;
        errors = false;
        lastRepeated = -1;
        numberColumn = null;
        return this;
    }

    /**
     * Stops messages from quoting any value of this row: for files holding child codes, where a value in the wrong
     * column could be a child's code.
     */
    public RowFields withoutValues() {
        showValues = false;
        return this;
    }

    /** A value as a message may quote it: in quotes, or not at all for a file holding child codes. */
    public String quoted(String value) {
        return showValues ? "\"" + value + "\"" : "(value not shown)";
    }

    /** The project's sites (or areas). */
    public KnownNames sites() {
        return sites;
    }

    /** The project's activities. */
    public KnownNames activities() {
        return activities;
    }

    public int line() {
        return row.line();
    }

    public SourceRef source() {
        return SourceRef.row(file, row.line());
    }

    public SourceRef at(String column) {
        return new SourceRef(file, row.line(), header.position(column) + 1);
    }

    public boolean hasErrors() {
        return errors;
    }

    /** Records an error against this row's column and marks the row excluded. */
    public void error(String code, String column, String message, String hint) {
        errors = true;
        problems.add(Problem.error(code, column == null ? source() : at(column), message, hint));
    }

    public void warning(String code, String column, String message, String hint) {
        problems.add(Problem.warning(code, column == null ? source() : at(column), message, hint));
    }

    /** The trimmed text of a column; empty when the file has no such column. */
    public String text(String column) {
        int at = field(column);
        return at < 0 ? "" : row.text(at);
    }

    /** Position of the column's field in this row, or -1 when the file or the row has no such field. */
    private int field(String column) {
        int at = header.position(column);
        return at < row.fieldCount() ? at : -1;
    }

    /** Like {@link #text(String)}, for a column whose values recur across rows: one copy is kept per file. */
    public String repeatedText(String column) {
        int at = field(column);
        lastRepeated = at;
        if (at < 0) {
            return "";
        }
        byte[] b = row.bytes();
        int start = row.textStart(at);
        int end = row.textEnd(at, start);
        if (start < end && (b[start] < 0 || b[end - 1] < 0)) {
            // a character beyond ASCII at an edge may be whitespace: let String.strip() decide
            byte[] text = row.text(at).getBytes(StandardCharsets.UTF_8);
            return repeated.of(at, text, 0, text.length);
        }
        return repeated.of(at, b, start, end);
    }

    /**
     * The number of the text that the last {@link #repeatedText} call returned: the distinct texts of a column of the
     * file are numbered 0, 1, 2... in the order first met, so equal texts have equal numbers. -1 when that column is
     * absent.
     */
    public int repeatedNumber() {
        return lastRepeated < 0 ? -1 : repeated.lastNumber(lastRepeated);
    }

    /** The text of a required field; an error when it is blank. */
    public String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            error("missing-value", column, column + " is empty", null);
        }
        return v;
    }

    public LocalDate date(String column) {
        int at = field(column);
        if (at >= 0) {
            int start = row.textStart(at);
            if (row.textEnd(at, start) - start == 10) {
                LocalDate iso = dates.isoDate(row.bytes(), start);
                if (iso != null) {
                    return iso;
                }
            }
        }
        String v = required(column);
        if (v.isEmpty()) {
            return null;
        }
        DateText.Result r = dates.parse(v);
        if (r.date() == null) {
            error("bad-date", column, column + " " + quoted(v) + " " + r.error(), r.hint());
        }
        return r.date();
    }

    /** A count of people or events: a whole number, zero or more. Blank is an error when required. */
    public int count(String column, boolean required) {
        int at = field(column);
        if (at >= 0) {
            byte[] b = row.bytes();
            int start = row.textStart(at);
            int end = row.textEnd(at, start);
            if (end > start && end - start <= 9) {
                int value = 0;
                int i = start;
                while (i < end && b[i] >= '0' && b[i] <= '9') {
                    value = value * 10 + b[i++] - '0';
                }
                if (i == end) {
                    return value;
                }
            }
        }
        String v = text(column);
        if (v.isEmpty()) {
            if (required) {
                error("missing-value", column, column + " is empty", "write 0 when there were none");
            }
            return 0;
        }
        BigDecimal d = DecimalText.parse(v);
        if (d == null) {
            error("bad-number", column, column + " " + quoted(v) + " is not a number", null);
            return 0;
        }
        if (d.signum() < 0) {
            error("negative-count", column, column + " is negative (" + (showValues ? v : "value not shown") + ")",
                    "a count cannot be below 0");
            return 0;
        }
        if (d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            error("bad-number", column, column + " " + quoted(v) + " is not a whole number", null);
            return 0;
        }
        return d.intValueExact();
    }

    /**
     * The exact decimal in {@code column}; null, and no error, when the field is empty or not a number. Read once a
     * row: the reader totals a file's amount column with it, and {@link #decimal} then reuses the value.
     */
    BigDecimal number(String column) {
        if (!column.equals(numberColumn)) {
            numberText = text(column);
            number = numberText.isEmpty() ? null : DecimalText.parse(numberText);
            numberColumn = column;
        }
        return number;
    }

    /** An exact decimal such as an amount or a rate; null (and an error) when it is not one. */
    public BigDecimal decimal(String column, boolean required) {
        BigDecimal d = number(column);
        String v = numberText;
        if (v.isEmpty()) {
            if (required) {
                required(column); // says so
            }
            return null;
        }
        if (d == null) {
            error("bad-number", column, column + " " + quoted(v) + " is not a number",
                    "write numbers like 1234.50 or 1,234.50 (a comma only between groups of three digits)");
        }
        return d;
    }

    /** The largest amount of money a row may hold: 13 digits and cents, the 15 digits a spreadsheet keeps exactly. */
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999999.99");

    /**
     * A required amount of money: an exact decimal, and an error when it is larger than {@link #LARGEST_AMOUNT}
     * either way (such a figure is a typing slip, and a workbook could not show it to the cent).
     */
    public BigDecimal amount(String column) {
        BigDecimal d = decimal(column, true);
        if (d != null && d.abs().compareTo(LARGEST_AMOUNT) > 0) {
            error("amount-too-large", column, column + " " + quoted(numberText) + " is too large: amounts up to "
                            + "9,999,999,999,999.99 are supported",
                    "check for a missing decimal point or stray digits");
            return null;
        }
        return d;
    }

    /** A value that must be one of {@code known} (compared case-insensitively); returns the known spelling. */
    public String oneOf(String column, KnownNames known, String what) {
        int at = field(column);
        if (at >= 0) {
            byte[] b = row.bytes();
            int start = row.textStart(at);
            int end = row.textEnd(at, start);
            if (start < end && b[start] >= 0 && b[end - 1] >= 0) {
                String exact = known.findExact(b, start, end);
                if (exact != null) {
                    return exact;
                }
            }
        }
        String v = required(column);
        if (v.isEmpty()) {
            return null;
        }
        String found = known.find(v);
        if (found != null) {
            return found;
        }
        // The hint names only a known name, never the value, so it is safe for every file.
        String hint = ClosestName.among(v, known.names()).map(c -> "did you mean \"" + c + "\"?")
                .orElse("known " + (what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s")
                        + ": " + String.join(", ", known.names()));
        error("unknown-" + what.replace(' ', '-'), column, what + " " + quoted(v) + " is not in the project", hint);
        return null;
    }

    /** Scans free-text columns for phone numbers; the value is never repeated in the message. */
    public void refusePhoneNumbers(String... columns) {
        for (String column : columns) {
            if (looksLikePhone(text(column))) {
                error("personal-data", column, column + " contains what looks like a phone number",
                        "child data must arrive pseudonymised: remove the number from the export");
            }
        }
    }

    static boolean looksLikePhone(String text) {
        var m = PHONE.matcher(text);
        while (m.find()) {
            String found = m.group();
            long digits = found.chars().filter(Character::isDigit).count();
            if (digits >= 8 && digits <= 15 && !found.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return true;
            }
        }
        return false;
    }

    /** The KoboToolbox {@code _uuid} of the row, or null. */
    public String uuid() {
        int at = header.uuidPosition();
        if (at < 0 || at >= row.fieldCount()) {
            return null;
        }
        String v = row.text(at);
        return v.isEmpty() ? null : v;
    }
}
