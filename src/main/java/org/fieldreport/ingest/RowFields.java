package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.List;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.ClosestName;
import org.fieldreport.problem.Problem;

/**
 * The fields of one CSV row, read by canonical column name; one is made for each row. Each getter parses its field
 * and, when the field is wrong, records an error naming the file, line and column; {@link #hasErrors()} then tells
 * the reader to exclude the row. Values of files marked {@link #withoutValues()} (child codes) are never quoted in a
 * message.
 */
public final class RowFields {

    /**
     * What every row of one file is read against: its name, its header, its dates, the project's names, its decimal
     * mark and how its amounts are read.
     */
    record FileContext(String file, HeaderMatch header, DateText dates, KnownNames sites, KnownNames activities,
                       List<Problem> problems, boolean decimalComma, AmountReading amounts, FileMapping mapping) {

        FileContext(String file, HeaderMatch header, DateText dates, KnownNames sites, KnownNames activities,
                    List<Problem> problems) {
            this(file, header, dates, sites, activities, problems, false, null, FileMapping.NONE);
        }

        /** This context with another mapping: one of a wide budget's year columns. */
        FileContext with(FileMapping other) {
            return new FileContext(file, header, dates, sites, activities, problems, decimalComma, amounts, other);
        }

        /** The 0-based position {@code column} is read from, or -1. */
        int position(String column) {
            int mapped = mapping.position(column);
            return mapped >= 0 ? mapped : header.position(column);
        }
    }

    /** The largest amount of money a row may hold: 13 digits and cents, the 15 digits a spreadsheet keeps exactly. */
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999999.99");

    private final FileContext context;
    private final int line;
    private final String[] values;
    private boolean showValues = true;
    private boolean errors;
    private String amountCode;
    private boolean statementMarked;

    /** The fields {@code values} of the row that starts on {@code line}. */
    RowFields(FileContext context, int line, String[] values) {
        this.context = context;
        this.line = line;
        this.values = values;
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
        return context.sites();
    }

    /** The project's activities. */
    public KnownNames activities() {
        return context.activities();
    }

    public int line() {
        return line;
    }

    public SourceRef source() {
        return SourceRef.row(context.file(), line);
    }

    /**
     * Where {@code column}'s field is: the physical line it starts on (the record's line plus the line ends inside
     * the quoted fields before it) and its field number.
     */
    public SourceRef at(String column) {
        int position = context.position(column);
        int fieldLine = line;
        for (int i = 0; i < Math.min(position, values.length); i++) {
            fieldLine += lineEnds(values[i]);
        }
        return new SourceRef(context.file(), fieldLine, position + 1);
    }

    /** The line ends (LF, CR or CRLF) inside a field's text. */
    private static int lineEnds(String text) {
        int ends = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                ends++;
            }
        }
        return ends;
    }

    public boolean hasErrors() {
        return errors;
    }

    /** Records an error against this row's column and marks the row excluded. */
    public void error(String code, String column, String message, String hint) {
        errors = true;
        context.problems().add(Problem.error(code, column == null ? source() : at(column), message, hint));
    }

    public void warning(String code, String column, String message, String hint) {
        context.problems().add(Problem.warning(code, column == null ? source() : at(column), message, hint));
    }

    /** The text of a column without surrounding whitespace; empty when the file or the row has no such field. */
    public String text(String column) {
        int at = context.position(column);
        String own = at >= 0 && at < values.length ? values[at].strip() : "";
        return context.mapping().isEmpty() ? own : context.mapping().text(column, own, values);
    }

    /**
     * Records an error against every column whose text holds a control character (other than tab and line ends)
     * or a bidirectional control (U+202E and its kin), which make a code or name read differently from what it
     * is, or hide part of it. True when there was any.
     */
    public boolean refuseInvisibleCharacters() {
        if (context.mapping().isEmpty() && !InvisibleCharacters.anyIn(values)) {
            return false; // the common row: no column's text, a part of a field, can hold one
        }
        boolean found = false;
        for (String column : context.header().columns().keySet()) {
            OptionalInt invisible = InvisibleCharacters.first(text(column));
            if (invisible.isPresent()) {
                error("invisible-character", column, column + " holds the invisible character "
                        + InvisibleCharacters.describe(invisible.getAsInt()), "retype the value in the source "
                        + "system, or remove the character from the export");
                found = true;
            }
        }
        return found;
    }

    /** The header of {@code column} as this file writes it, or "" when the file has no such column. */
    public String header(String column) {
        return context.header().headerOf(column);
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
        String v = required(column);
        if (v.isEmpty()) {
            return null;
        }
        DateText.Result r = context.dates().parse(v);
        if (r.date() == null) {
            error("bad-date", column, column + " " + quoted(v) + " " + r.error(), r.hint());
        }
        return r.date();
    }

    /** A count of people or events: a whole number, zero or more. Blank is an error when required. */
    public int count(String column, boolean required) {
        String v = text(column);
        if (v.isEmpty()) {
            if (required) {
                error("missing-value", column, column + " is empty", "write 0 when there were none");
            }
            return 0;
        }
        int digits = DecimalText.digitsOnly(v);
        if (digits >= 0) {
            return digits;
        }
        BigDecimal d = DecimalText.parse(v, context.decimalComma());
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

    /** The amount in {@code column} as {@link MoneyText} reads it; null, and no error, when empty or not one. */
    BigDecimal number(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        MoneyText.Reading r = MoneyText.read(v, context.decimalComma());
        note(r);
        return r.value();
    }

    private void note(MoneyText.Reading r) {
        if (r.code() != null) {
            amountCode = r.code();
        }
        statementMarked |= r.flow() != null;
    }

    /**
     * The currency the row states: its currency column, or else the code written with its amount (read first);
     * empty when neither says.
     */
    String statedCurrency() {
        String v = text("currency");
        return v.isEmpty() && amountCode != null ? amountCode : v;
    }

    /** The ISO code written with the row's amount ({@code USD 120.00}), or null. */
    String amountCurrency() {
        return amountCode;
    }

    /** Whether the row's amount carries a statement's CR or DR: then it says which way the money went. */
    boolean statementMarked() {
        return statementMarked;
    }

    /** An exact decimal such as an amount or a rate; null (and an error) when it is not one. */
    public BigDecimal decimal(String column, boolean required) {
        String v = text(column);
        if (v.isEmpty()) {
            if (required) {
                required(column); // says so
            }
            return null;
        }
        BigDecimal d = DecimalText.parse(v, context.decimalComma());
        if (d == null) {
            error("bad-number", column, column + " " + quoted(v) + " is not a number", DecimalText.hint(v, context.decimalComma()));
        }
        return d;
    }

    /**
     * An amount of money: from the file's amount column as its sign convention reads it, or from its outflow and
     * inflow columns (see {@link AmountReading}); any other money column as it stands. Null, with an error, when it
     * cannot be read.
     */
    public BigDecimal amount(String column) {
        if (context.amounts() != null && column.equals(AmountReading.AMOUNT)) {
            AmountReading.Amount a = context.amounts().read(this);
            return a == null ? null : a.value();
        }
        return money(column, true);
    }

    /**
     * An amount of money as written in {@code column}: an exact decimal, and an error when it is larger than
     * {@link #LARGEST_AMOUNT} either way (such a figure is a typing slip, and a workbook could not show it to the
     * cent). Null when it is empty (an error only when {@code required}) or not a number.
     */
    BigDecimal money(String column, boolean required) {
        String v = text(column);
        if (v.isEmpty()) {
            if (required) {
                required(column); // says so
            }
            return null;
        }
        MoneyText.Reading r = MoneyText.read(v, context.decimalComma());
        BigDecimal d = r.value();
        if (d == null) {
            if (r.problem() != null) {
                error("bad-currency", column, column + " " + quoted(v) + ": " + r.problem(), null);
            } else {
                error("bad-number", column, column + " " + quoted(v) + " is not a number", MoneyText.hint(v, context.decimalComma()));
            }
            return null;
        }
        note(r);
        if (d != null && d.abs().compareTo(LARGEST_AMOUNT) > 0) {
            error("amount-too-large", column, column + " " + quoted(text(column)) + " is too large: amounts up to "
                            + "9,999,999,999,999.99 are supported",
                    "check for a missing decimal point or stray digits");
            return null;
        }
        return d;
    }

    /** A value that must be one of {@code known} (compared case-insensitively); returns the known spelling. */
    public String oneOf(String column, KnownNames known, String what) {
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
            if (PhoneFreeText.scan(text(column))) {
                error("personal-data", column, column + " contains what looks like a phone number",
                        "child data must arrive pseudonymised: remove the number from the export");
            }
        }
    }

    /** The KoboToolbox {@code _uuid} of the row, or null. */
    public String uuid() {
        int at = context.header().uuidPosition();
        String v = at >= 0 && at < values.length ? values[at].strip() : "";
        return v.isEmpty() ? null : v;
    }
}
