package org.fieldreport.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.fieldreport.model.AgeBands;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.AttendanceRegister.Column;
import org.fieldreport.model.IndicatorSource;
import org.fieldreport.model.IntColumn;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.RowInts;
import org.fieldreport.model.Sex;

/**
 * One indicator source's rows as the engine reads them: a day per row, and every column a declaration can name (see
 * {@link IndicatorSource}) as one int per row. A text column's ints are codes, each with its text: an index into the
 * register's list of sites, a sex's ordinal, an age (whose text is its age band), an epoch day (whose text is the ISO
 * date). A number column's ints are the numbers. Attendance is read from the register's own columns; outreach nights,
 * a few thousand records, are coded here once.
 */
final class SourceColumns {

    /** A text column: codes from {@code low} to {@code high - 1}, each standing for the text {@code label} gives. */
    record Text(RowInts codes, int low, int high, IntFunction<String> label) {

        /** A column of indexes into a list of texts. */
        static Text of(RowInts codes, List<String> texts) {
            return new Text(codes, 0, texts.size(), texts::get);
        }

        /** A column whose codes are numbers (days, ages), from the least to the greatest held. */
        static Text ofRange(RowInts codes, IntFunction<String> label) {
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int row = 0; row < codes.size(); row++) {
                int code = codes.get(row);
                low = Math.min(low, code);
                high = Math.max(high, code);
            }
            return codes.size() == 0 ? new Text(codes, 0, 0, label) : new Text(codes, low, Math.addExact(high, 1), label);
        }
    }

    private final IndicatorSource source;
    private final RowInts days;
    private final Map<String, Text> texts;
    private final Map<String, RowInts> numbers;

    private SourceColumns(IndicatorSource source, RowInts days, Map<String, Text> texts,
                          Map<String, RowInts> numbers) {
        this.source = source;
        this.days = days;
        this.texts = texts;
        this.numbers = numbers;
    }

    /** The register's rows; an age's text is its band of {@code ageBounds}, and the age band column is the age. */
    static SourceColumns attendance(AttendanceRegister register, List<Integer> ageBounds) {
        RowInts days = register.column(Column.DAY);
        Map<String, Text> texts = new HashMap<>();
        texts.put("date", Text.ofRange(days, SourceColumns::isoDate));
        texts.put("site", Text.of(register.column(Column.SITE), register.sites()));
        texts.put("activity", Text.of(register.column(Column.ACTIVITY), register.activities()));
        texts.put("session", Text.of(register.column(Column.SESSION), register.sessions()));
        texts.put("child_code", Text.of(register.column(Column.CHILD), register.childCodes()));
        texts.put("sex", new Text(register.column(Column.SEX), 0, Sex.values().length, s -> Sex.values()[s].name()));
        texts.put("age_band", Text.ofRange(register.column(Column.AGE), age -> AgeBands.of(ageBounds, age)));
        return new SourceColumns(IndicatorSource.ATTENDANCE, days, texts, Map.of());
    }

    /** The nights, in their order. A night's session is the team's night in the area ({@code date|area|team}). */
    static SourceColumns nights(List<OutreachNight> nights) {
        RowInts days = numbers(nights, n -> Math.toIntExact(n.date().toEpochDay()));
        Map<String, Text> texts = new HashMap<>();
        texts.put("date", Text.ofRange(days, SourceColumns::isoDate));
        texts.put("area", coded(nights, OutreachNight::area));
        texts.put("team", coded(nights, OutreachNight::team));
        texts.put("session", coded(nights, n -> n.date() + "|" + n.area() + "|" + n.team()));
        Map<String, RowInts> numbers = new HashMap<>();
        numbers.put("staff", numbers(nights, OutreachNight::staff));
        numbers.put("children_contacted", numbers(nights, OutreachNight::childrenContacted));
        numbers.put("new_children", numbers(nights, OutreachNight::newChildren));
        numbers.put("girls", numbers(nights, OutreachNight::girls));
        numbers.put("boys", numbers(nights, OutreachNight::boys));
        numbers.put("interventions", numbers(nights, OutreachNight::interventions));
        numbers.put("disclosures", numbers(nights, OutreachNight::disclosures));
        numbers.put("referrals", numbers(nights, OutreachNight::referrals));
        return new SourceColumns(IndicatorSource.OUTREACH_NIGHTS, days, texts, numbers);
    }

    private static String isoDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    private static IntColumn numbers(List<OutreachNight> nights, ToIntFunction<OutreachNight> value) {
        return IntColumn.of(nights.stream().mapToInt(value).toArray());
    }

    /** A text column of the nights, each distinct text numbered in the order first met. */
    private static Text coded(List<OutreachNight> nights, Function<OutreachNight, String> text) {
        Map<String, Integer> indexes = new HashMap<>();
        List<String> texts = new ArrayList<>();
        int[] codes = new int[nights.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = indexes.computeIfAbsent(text.apply(nights.get(i)), t -> {
                texts.add(t);
                return texts.size() - 1;
            });
        }
        return Text.of(IntColumn.of(codes), texts);
    }

    int size() {
        return days.size();
    }

    /** Each row's date as an epoch day. */
    RowInts days() {
        return days;
    }

    /** A text column by any name the source knows it by ({@code site} and {@code area} alike); null when none. */
    Text text(String name) {
        return texts.get(source.column(name));
    }

    /** A number column; null when the source has none of that name. */
    RowInts number(String name) {
        return numbers.get(source.column(name));
    }
}
