package org.fieldreport.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads dates as exports write them. Always accepted: ISO {@code yyyy-MM-dd}, and ISO date-times with or without an
 * offset ({@code 2019-03-02T19:30:00+07:00}, {@code 2019-03-02 19:30}); a date-time with an offset is bucketed by its
 * date in the project's time zone. Day-first or month-name forms ({@code dd/MM/yyyy}, {@code d-MMM-yyyy}) only when
 * project.yaml names the format for the file; a named format may hold a time and a numeric offset
 * ({@code yyyy-MM-dd HH:mm:ss Z} reads {@code 2017-09-29 15:40:00 -0700}), bucketed the same way. A date such as {@code 03/04/2019} without a named format is ambiguous
 * and refused, never guessed.
 */
public final class DateText {

    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}");

    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ZoneId zone;
    private final DateTimeFormatter named;
    private final String namedPattern;

    /** The outcome of reading one date: a value, or why there is none. */
    public record Result(LocalDate date, String error, String hint) {
    }

    public DateText(ZoneId zone, String pattern) {
        this.zone = zone;
        this.namedPattern = pattern;
        this.named = pattern == null ? null : new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Checks that a format named in project.yaml is a usable date pattern; returns the reason when it is not. */
    public static String checkPattern(String pattern) {
        try {
            new DateText(ZoneId.of("UTC"), pattern);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public Result parse(String raw) {
        String text = raw.strip();
        LocalDate iso = isoDate(text);
        if (iso != null) {
            return new Result(iso, null, null);
        }
        if (ISO_SHAPE.matcher(text).matches()) {
            return new Result(null, "is not a calendar date", "check the day and the month");
        }
        LocalDate byName = named == null ? null : byNamedFormat(text);
        if (byName != null) {
            return new Result(byName, null, null);
        }
        if (text.length() > 10 && isoDate(text.substring(0, 10)) != null
                && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
            try {
                OffsetDateTime withOffset = OffsetDateTime.parse(text.replace(' ', 'T'));
                return new Result(withOffset.atZoneSameInstant(zone).toLocalDate(), null, null);
            } catch (DateTimeException e) {
                // no offset: try a local date-time
            }
            try {
                String t = text.replace(' ', 'T');
                if (t.endsWith("Z")) {
                    return new Result(OffsetDateTime.parse(t).atZoneSameInstant(zone).toLocalDate(), null, null);
                }
                return new Result(LocalDateTime.parse(t).toLocalDate(), null, null);
            } catch (DateTimeException e) {
                return new Result(null, "is not a valid date-time", "write dates as yyyy-MM-dd");
            }
        }
        if (named != null) {
            return new Result(null, "does not match the date format " + namedPattern + " named in project.yaml", null);
        }
        if (SLASHED.matcher(text).matches()) {
            return new Result(null, "is ambiguous: day and month order is unknown",
                    "write dates as yyyy-MM-dd, or name the format (for example date_format: dd/MM/yyyy) for this"
                            + " file in project.yaml");
        }
        return new Result(null, "is not a date", "write dates as yyyy-MM-dd");
    }

    /**
     * The date of {@code text} under the named format, or null: a format with a time of day gives that time's date,
     * and one with an offset ({@code Z}, {@code xx}: {@code -0700}) the date in the project's time zone.
     */
    private LocalDate byNamedFormat(String text) {
        try {
            TemporalAccessor t = named.parse(text);
            if (t.isSupported(ChronoField.OFFSET_SECONDS) && t.isSupported(ChronoField.HOUR_OF_DAY)) {
                return OffsetDateTime.from(t).atZoneSameInstant(zone).toLocalDate();
            }
            return LocalDate.from(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The common form, yyyy-MM-dd, read without a parser; null when the text is not exactly that form. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
