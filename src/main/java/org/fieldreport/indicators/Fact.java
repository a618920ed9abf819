package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.AgeBands;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.OutreachNight;

/**
 * One accepted row as the indicator engine reads it: a date, text columns to filter, group and count distinct, and
 * number columns to sum, by the names {@link org.fieldreport.model.IndicatorSource} lists.
 */
interface Fact {

    LocalDate date();

    /** The text of a column, or null when this kind of row has no such column. */
    String text(String column);

    /** The value of a number column, or zero when this kind of row has no such column. */
    BigDecimal number(String column);

    /**
     * The number standing for a text column's value (see {@link CodeNumbers}), equal for equal texts, or -1 when this
     * kind of row does not number that column.
     */
    default int numbered(String column) {
        return -1;
    }

    static Fact of(OutreachNight n) {
        return new Night(n);
    }

    /** A visit, with its age band's label shared by every visit in the band. */
    static Fact of(Attendance a, Map<Integer, String> ageBands, List<Integer> lowerBounds, CodeNumbers children,
                   CodeNumbers sessions) {
        return new Visit(a, ageBands.computeIfAbsent(a.age(), age -> AgeBands.of(lowerBounds, age)),
                children.number(a.childCode()), sessions.number(a.session()));
    }

    /** An outreach team's night; its session is the team's night in the area. */
    record Night(OutreachNight n) implements Fact {
        @Override
        public LocalDate date() {
            return n.date();
        }

        @Override
        public String text(String column) {
            return switch (column) {
                case "date" -> n.date().toString();
                case "area" -> n.area();
                case "team" -> n.team();
                case "session" -> n.date() + "|" + n.area() + "|" + n.team();
                default -> null;
            };
        }

        @Override
        public BigDecimal number(String column) {
            return BigDecimal.valueOf(switch (column) {
                case "staff" -> n.staff();
                case "children_contacted" -> n.childrenContacted();
                case "new_children" -> n.newChildren();
                case "girls" -> n.girls();
                case "boys" -> n.boys();
                case "interventions" -> n.interventions();
                case "disclosures" -> n.disclosures();
                case "referrals" -> n.referrals();
                default -> 0;
            });
        }
    }

    /** One child at one session; the child code and the session are also numbered. */
    record Visit(Attendance a, String ageBand, int child, int session) implements Fact {
        @Override
        public int numbered(String column) {
            return switch (column) {
                case "child_code" -> child;
                case "session" -> session;
                default -> -1;
            };
        }

        @Override
        public LocalDate date() {
            return a.date();
        }

        @Override
        public String text(String column) {
            return switch (column) {
                case "date" -> a.date().toString();
                case "site" -> a.site();
                case "activity" -> a.activity();
                case "session" -> a.session();
                case "child_code" -> a.childCode();
                case "sex" -> a.sex() == null ? "X" : a.sex().name();
                case "age_band" -> ageBand;
                default -> null;
            };
        }

        @Override
        public BigDecimal number(String column) {
            return BigDecimal.ZERO;
        }
    }
}
