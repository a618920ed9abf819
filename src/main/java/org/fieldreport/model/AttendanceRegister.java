package org.fieldreport.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The attendance register of a project: the accepted rows of its attendance file, who came to which session. A real
 * project has about 15,000 rows a year, but a register may hold millions, so the rows are kept as plain int columns
 * ({@link IntColumn}, 4 bytes a row each) instead of one {@link Attendance} record per row: the date as an epoch day,
 * the line, the sex's ordinal, the age, and the site, activity, session and child as indexes into lists that hold
 * each distinct text once ({@link #sites()}, {@link #activities()}, {@link #sessions()}, {@link #childCodes()}).
 * Immutable once built (see {@link Builder}).
 *
 * <p>Rows are numbered 0 to {@code size() - 1} in the file's order. {@link #get} gives one row as a record; readers of
 * many rows read the columns ({@link #column}, or {@link #day}, {@link #site} and the like for one value).
 */
public final class AttendanceRegister {

    /** The most rows a register holds. */
    public static final int MAX_ROWS = IntColumn.MAX_SIZE;

    /** A column of the register: one int per row. */
    public enum Column {
        /** The date, as an epoch day. */
        DAY,
        /** The 1-based line in the file. */
        LINE,
        /** An index into {@link #sites()}. */
        SITE,
        /** An index into {@link #activities()}. */
        ACTIVITY,
        /** An index into {@link #sessions()}. */
        SESSION,
        /** An index into {@link #childCodes()}. */
        CHILD,
        /** The {@link Sex}'s ordinal. */
        SEX,
        /** The age in years, or {@link Attendance#UNKNOWN_AGE}. */
        AGE
    }

    private static final Sex[] SEXES = Sex.values();

    private final String file;
    private final List<String> sites;
    private final List<String> activities;
    private final List<String> sessions;
    private final List<String> childCodes;
    private final Map<Column, IntColumn> columns;

    private AttendanceRegister(String file, List<String> sites, List<String> activities, List<String> sessions,
                               List<String> childCodes, Map<Column, IntColumn> columns) {
        this.file = file;
        this.sites = Collections.unmodifiableList(sites);
        this.activities = Collections.unmodifiableList(activities);
        this.sessions = Collections.unmodifiableList(sessions);
        this.childCodes = Collections.unmodifiableList(childCodes);
        this.columns = columns;
    }

    /**
     * A builder for the register of {@code file}, whose site and activity indexes are those of {@code sites} and
     * {@code activities} (the project's lists); a name not in them is added after them.
     */
    public static Builder builder(String file, List<String> sites, List<String> activities) {
        return new Builder(file, sites, activities);
    }

    /** The register of a list of records, in its order; the file is the first record's. */
    public static AttendanceRegister of(List<Attendance> rows) {
        Builder b = builder(rows.isEmpty() ? "" : rows.get(0).source().file(), List.of(), List.of());
        rows.forEach(b::add);
        return b.build();
    }

    /** No rows. */
    public static AttendanceRegister empty() {
        return of(List.of());
    }

    public int size() {
        return columns.get(Column.DAY).size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The file the rows were read from, as the user knows it. */
    public String file() {
        return file;
    }

    /** One column, for readers of many rows. */
    public IntColumn column(Column column) {
        return columns.get(column);
    }

    /** The row's date as an epoch day. */
    public int day(int row) {
        return columns.get(Column.DAY).get(row);
    }

    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(day(row));
    }

    /** The row's 1-based line in the file. */
    public int line(int row) {
        return columns.get(Column.LINE).get(row);
    }

    /** The row's site: an index into {@link #sites()}. */
    public int site(int row) {
        return columns.get(Column.SITE).get(row);
    }

    /** The row's activity: an index into {@link #activities()}. */
    public int activity(int row) {
        return columns.get(Column.ACTIVITY).get(row);
    }

    /** The row's session: an index into {@link #sessions()}. */
    public int session(int row) {
        return columns.get(Column.SESSION).get(row);
    }

    /** The row's child: an index into {@link #childCodes()}. */
    public int child(int row) {
        return columns.get(Column.CHILD).get(row);
    }

    public Sex sex(int row) {
        return SEXES[columns.get(Column.SEX).get(row)];
    }

    /** The row's age in years, or {@link Attendance#UNKNOWN_AGE}. */
    public int age(int row) {
        return columns.get(Column.AGE).get(row);
    }

    /** The site names the site indexes stand for: the project's sites, in order, then any other met. */
    public List<String> sites() {
        return sites;
    }

    /** The activity names the activity indexes stand for, as {@link #sites()}. */
    public List<String> activities() {
        return activities;
    }

    /** Every distinct session, in the order first met. */
    public List<String> sessions() {
        return sessions;
    }

    /** Every distinct child code, in the order first met. Never to be written to any output. */
    public List<String> childCodes() {
        return childCodes;
    }

    /** One row as a record. */
    public Attendance get(int row) {
        return new Attendance(date(row), sites.get(site(row)), activities.get(activity(row)),
                sessions.get(session(row)), childCodes.get(child(row)), sex(row), age(row),
                SourceRef.row(file, line(row)));
    }

    /** The rows as a list of records, each made when it is read: for small readers and tests. */
    public List<Attendance> records() {
        return new AbstractList<>() {
            @Override
            public Attendance get(int index) {
                return AttendanceRegister.this.get(Objects.checkIndex(index, size()));
            }

            @Override
            public int size() {
                return AttendanceRegister.this.size();
            }
        };
    }

    /**
     * This register without the rows whose line {@code excluded} accepts, in the same order and with the same lists
     * of texts (so indexes keep their meaning, and the child codes of excluded rows stay known to the guard that
     * masks them); this register itself when no row is excluded.
     */
    public AttendanceRegister without(IntPredicate excluded) {
        Map<Column, IntColumn> kept = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            kept.put(c, new IntColumn());
        }
        for (int row = 0; row < size(); row++) {
            if (!excluded.test(line(row))) {
                for (Column c : Column.values()) {
                    kept.get(c).add(columns.get(c).get(row));
                }
            }
        }
        if (kept.get(Column.DAY).size() == size()) {
            return this;
        }
        return new AttendanceRegister(file, sites, activities, sessions, childCodes, kept);
    }

    /**
     * Collects rows one at a time, in file order; {@link #build()} makes the register, after which the builder takes
     * no more rows. Each distinct text is numbered through a map the first time it is met.
     */
    public static final class Builder {
        private final String file;
        private final List<String> sites = new ArrayList<>();
        private final List<String> activities = new ArrayList<>();
        private final List<String> sessions = new ArrayList<>();
        private final List<String> childCodes = new ArrayList<>();
        private final Map<String, Integer> siteIndexes = new HashMap<>();
        private final Map<String, Integer> activityIndexes = new HashMap<>();
        private final Map<String, Integer> sessionIndexes = new HashMap<>();
        private final Map<String, Integer> childIndexes = new HashMap<>();
        private final Map<Column, IntColumn> columns = new EnumMap<>(Column.class);
        /** The last row's session and its index: an export lists a session's rows together. */
        private String lastSession;
        private int lastSessionIndex;
        private boolean built;

        private Builder(String file, List<String> sites, List<String> activities) {
            this.file = file;
            sites.forEach(s -> index(s, siteIndexes, this.sites));
            activities.forEach(a -> index(a, activityIndexes, this.activities));
            for (Column c : Column.values()) {
                columns.put(c, new IntColumn());
            }
        }

        /** Whether a row with this child code has been added. */
        public boolean knowsChild(String childCode) {
            return childIndexes.containsKey(childCode);
        }

        /** How many rows have been added. */
        public int size() {
            return columns.get(Column.DAY).size();
        }

        /**
         * Adds a row at the end. Every field must be given; the session is the export's, or the key the reader
         * derived for a session the export did not name.
         */
        public Builder add(Attendance a) {
            if (built) {
                throw new IllegalStateException("the register of " + file + " is already built");
            }
            if (size() == MAX_ROWS) {
                throw new IllegalStateException(file + " has more than " + MAX_ROWS + " rows");
            }
            Objects.requireNonNull(a.session(), "session");
            Objects.requireNonNull(a.childCode(), "childCode");
            columns.get(Column.DAY).add(Math.toIntExact(a.date().toEpochDay()));
            columns.get(Column.LINE).add(a.source().line());
            columns.get(Column.SITE).add(index(Objects.requireNonNull(a.site()), siteIndexes, sites));
            columns.get(Column.ACTIVITY).add(index(Objects.requireNonNull(a.activity()), activityIndexes,
                    activities));
            if (!a.session().equals(lastSession)) {
                lastSession = a.session();
                lastSessionIndex = index(lastSession, sessionIndexes, sessions);
            }
            columns.get(Column.SESSION).add(lastSessionIndex);
            columns.get(Column.CHILD).add(index(a.childCode(), childIndexes, childCodes));
            columns.get(Column.SEX).add(a.sex().ordinal());
            columns.get(Column.AGE).add(a.age());
            return this;
        }

        private static int index(String text, Map<String, Integer> indexes, List<String> texts) {
            Integer known = indexes.get(text);
            if (known != null) {
                return known;
            }
            indexes.put(text, texts.size());
            texts.add(text);
            return texts.size() - 1;
        }

        /** The register of the rows added. */
        public AttendanceRegister build() {
            if (built) {
                throw new IllegalStateException("the register of " + file + " is already built");
            }
            built = true;
            return new AttendanceRegister(file, sites, activities, sessions, childCodes, columns);
        }
    }
}
