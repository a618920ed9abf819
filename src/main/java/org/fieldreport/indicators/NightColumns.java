package org.fieldreport.indicators;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.fieldreport.model.OutreachNight;

/**
 * Outreach nights as the engine reads them: a few thousand rows, so each text column is numbered here from the
 * records. A night's session is the team's night in the area ({@code date|area|team}).
 */
final class NightColumns implements SourceRows {

    private static final Map<String, ToIntFunction<OutreachNight>> NUMBERS = Map.of(
            "staff", OutreachNight::staff,
            "children_contacted", OutreachNight::childrenContacted,
            "new_children", OutreachNight::newChildren,
            "girls", OutreachNight::girls,
            "boys", OutreachNight::boys,
            "interventions", OutreachNight::interventions,
            "disclosures", OutreachNight::disclosures,
            "referrals", OutreachNight::referrals);

    private final List<OutreachNight> nights;
    private final int[] days;
    private final Coded area;
    private final Coded team;
    private final Coded session;

    NightColumns(List<OutreachNight> nights) {
        this.nights = nights;
        this.days = nights.stream().mapToInt(n -> Math.toIntExact(n.date().toEpochDay())).toArray();
        this.area = new Coded(nights, OutreachNight::area);
        this.team = new Coded(nights, OutreachNight::team);
        this.session = new Coded(nights, n -> n.date() + "|" + n.area() + "|" + n.team());
    }

    @Override
    public int size() {
        return days.length;
    }

    @Override
    public int day(int row) {
        return days[row];
    }

    @Override
    public CodedColumn text(String column) {
        return switch (column) {
            case "area" -> area;
            case "team" -> team;
            case "session" -> session;
            default -> null;
        };
    }

    @Override
    public NumberColumn number(String column) {
        ToIntFunction<OutreachNight> value = NUMBERS.get(column);
        if (value == null) {
            return null;
        }
        int[] values = nights.stream().mapToInt(value).toArray();
        return (rows, count, out) -> {
            for (int k = 0; k < count; k++) {
                out[k] = values[rows[k]];
            }
        };
    }

    /** A text column numbered in the order its values are first met. */
    private static final class Coded implements CodedColumn {
        private final CodeNumbers numbers = new CodeNumbers();
        private final int[] codes;

        Coded(List<OutreachNight> nights, java.util.function.Function<OutreachNight, String> text) {
            codes = new int[nights.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = numbers.number(text.apply(nights.get(i)));
            }
        }

        @Override
        public int codes() {
            return numbers.size();
        }

        @Override
        public String label(int code) {
            return numbers.value(code);
        }

        @Override
        public int codeOf(String label) {
            return numbers.find(label);
        }

        @Override
        public void read(int[] rows, int count, int[] out) {
            for (int k = 0; k < count; k++) {
                out[k] = codes[rows[k]];
            }
        }
    }
}
