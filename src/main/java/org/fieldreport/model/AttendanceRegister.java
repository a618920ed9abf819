package org.fieldreport.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The attendance register of a project: the accepted rows of its attendance file, who came to which session. A real
 * project has about 15,000 rows a year, but a register may hold millions, so the rows are kept as plain columns
 * instead of one {@link Attendance} record per row. Each row holds its occasion, child and line as ints
 * ({@link IntColumn}) and its sex's ordinal and age as bytes ({@link ByteColumn}); an occasion is a date, site,
 * activity and session that rows share (an export lists a session's rows together, all with the same date, site and
 * activity), kept once in a table of occasions, so that a row does not repeat them: 14 bytes a row. Site, activity,
 * session and child are indexes into lists that hold each distinct text once ({@link #sites()},
 * {@link #activities()}, {@link #sessions()}, {@link #childCodes()}). Immutable once built (see {@link Builder}).
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
    private final List<String> refusedChildCodes;
    private final Rows rows;
    /** By occasion: its epoch day, site, activity and session. */
    private final Occasions occasions;

    /** The columns of the rows. */
    private record Rows(IntColumn occasion, IntColumn child, IntColumn line, ByteColumn sex, ByteColumn age) {
        Rows() {
            this(new IntColumn(), new IntColumn(), new IntColumn(), new ByteColumn(), new ByteColumn());
        }

        void add(int occasionIndex, int childIndex, int lineNumber, int sexOrdinal, int years) {
            occasion.add(occasionIndex);
            child.add(childIndex);
            line.add(lineNumber);
            sex.add(sexOrdinal);
            age.add(years);
        }
    }

    /** The occasions' columns, by occasion number. */
    private record Occasions(int[] day, int[] site, int[] activity, int[] session) {
    }

    private AttendanceRegister(String file, List<String> sites, List<String> activities, List<String> sessions,
                               List<String> childCodes, List<String> refusedChildCodes, Rows rows,
                               Occasions occasions) {
        this.file = file;
        this.sites = Collections.unmodifiableList(sites);
        this.activities = Collections.unmodifiableList(activities);
        this.sessions = Collections.unmodifiableList(sessions);
        this.childCodes = Collections.unmodifiableList(childCodes);
        this.refusedChildCodes = Collections.unmodifiableList(refusedChildCodes);
        this.rows = rows;
        this.occasions = occasions;
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
        return rows.occasion().size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The file the rows were read from, as the user knows it. */
    public String file() {
        return file;
    }

    /** One column, for readers of many rows. */
    public RowInts column(Column column) {
        return switch (column) {
            case DAY -> new OccasionColumn(rows.occasion(), occasions.day());
            case SITE -> new OccasionColumn(rows.occasion(), occasions.site());
            case ACTIVITY -> new OccasionColumn(rows.occasion(), occasions.activity());
            case SESSION -> new OccasionColumn(rows.occasion(), occasions.session());
            case LINE -> rows.line();
            case CHILD -> rows.child();
            case SEX -> rows.sex();
            case AGE -> rows.age();
        };
    }

    /** The row's date as an epoch day. */
    public int day(int row) {
        return occasions.day()[rows.occasion().get(row)];
    }

    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(day(row));
    }

    /** The row's 1-based line in the file. */
    public int line(int row) {
        return rows.line().get(row);
    }

    /** The row's site: an index into {@link #sites()}. */
    public int site(int row) {
        return occasions.site()[rows.occasion().get(row)];
    }

    /** The row's activity: an index into {@link #activities()}. */
    public int activity(int row) {
        return occasions.activity()[rows.occasion().get(row)];
    }

    /** The row's session: an index into {@link #sessions()}. */
    public int session(int row) {
        return occasions.session()[rows.occasion().get(row)];
    }

    /** The row's child: an index into {@link #childCodes()}. */
    public int child(int row) {
        return rows.child().get(row);
    }

    public Sex sex(int row) {
        return SEXES[rows.sex().get(row)];
    }

    /** The row's age in years, or {@link Attendance#UNKNOWN_AGE}. */
    public int age(int row) {
        return rows.age().get(row);
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

    /**
     * The child codes of rows refused while reading (a bad date, an unknown site) that no accepted row names: the
     * code still names a child, so the mask of child codes must know it. Never to be written to any output.
     */
    public List<String> refusedChildCodes() {
        return refusedChildCodes;
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
     * of texts and occasions (so indexes keep their meaning, and the child codes of excluded rows stay known to the
     * guard that masks them); this register itself when no row is excluded.
     */
    public AttendanceRegister without(IntPredicate excluded) {
        Rows kept = new Rows();
        for (int row = 0; row < size(); row++) {
            if (!excluded.test(line(row))) {
                kept.add(rows.occasion().get(row), child(row), line(row), rows.sex().get(row), age(row));
            }
        }
        if (kept.occasion().size() == size()) {
            return this;
        }
        return new AttendanceRegister(file, sites, activities, sessions, childCodes, refusedChildCodes, kept,
                occasions);
    }

    /**
     * Collects rows one at a time, in file order; {@link #build()} makes the register, after which the builder takes
     * no more rows. Each distinct text, and each distinct occasion, is numbered through a map the first time it is
     * met.
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
        private final java.util.Set<String> refusedChildCodes = new java.util.LinkedHashSet<>();
        private final Map<Occasion, Integer> occasionIndexes = new HashMap<>();
        private final List<Occasion> occasions = new ArrayList<>();
        private final Rows rows = new Rows();
        /** The last row's session and occasion and their indexes: an export lists a session's rows together. */
        private String lastSession;
        private int lastSessionIndex;
        private Occasion lastOccasion;
        private int lastOccasionIndex;
        private boolean built;

        /** The date, site, activity and session a row shares with the other rows of its session. */
        private record Occasion(int day, int site, int activity, int session) {
            boolean is(int otherDay, int otherSite, int otherActivity, int otherSession) {
                return day == otherDay && site == otherSite && activity == otherActivity && session == otherSession;
            }
        }

        private Builder(String file, List<String> sites, List<String> activities) {
            this.file = file;
            sites.forEach(s -> index(s, siteIndexes, this.sites));
            activities.forEach(a -> index(a, activityIndexes, this.activities));
        }

        /** Whether a row with this child code has been added. */
        public boolean knowsChild(String childCode) {
            return childIndexes.containsKey(childCode);
        }

        /** Notes the child code of a row refused while reading; the register remembers it (see
         * {@link AttendanceRegister#refusedChildCodes()}). */
        public void refused(String childCode) {
            if (childCode != null && !childCode.isBlank() && refusedChildCodes.size() < MAX_ROWS) {
                refusedChildCodes.add(childCode.strip());
            }
        }

        /** How many rows have been added. */
        public int size() {
            return rows.occasion().size();
        }

        /**
         * Adds a row at the end. Every field must be given; the session is the export's, or the key the reader
         * derived for a session the export did not name. The age is at most 120 (the reader refuses more).
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
            if (a.age() < Attendance.UNKNOWN_AGE || a.age() > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("age " + a.age() + " is not " + Attendance.UNKNOWN_AGE + " (unknown)"
                        + " or 0 to " + Byte.MAX_VALUE);
            }
            if (!a.session().equals(lastSession)) {
                lastSession = a.session();
                lastSessionIndex = index(lastSession, sessionIndexes, sessions);
            }
            int day = Math.toIntExact(a.date().toEpochDay());
            int site = index(Objects.requireNonNull(a.site()), siteIndexes, sites);
            int activity = index(Objects.requireNonNull(a.activity()), activityIndexes, activities);
            if (lastOccasion == null || !lastOccasion.is(day, site, activity, lastSessionIndex)) {
                lastOccasion = new Occasion(day, site, activity, lastSessionIndex);
                lastOccasionIndex = occasionIndexes.computeIfAbsent(lastOccasion, o -> {
                    occasions.add(o);
                    return occasions.size() - 1;
                });
            }
            rows.add(lastOccasionIndex, index(a.childCode(), childIndexes, childCodes), a.source().line(),
                    a.sex().ordinal(), a.age());
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
            Occasions table = new Occasions(occasions.stream().mapToInt(Occasion::day).toArray(),
                    occasions.stream().mapToInt(Occasion::site).toArray(),
                    occasions.stream().mapToInt(Occasion::activity).toArray(),
                    occasions.stream().mapToInt(Occasion::session).toArray());
            List<String> refused = refusedChildCodes.stream().filter(c -> !childIndexes.containsKey(c)).toList();
            return new AttendanceRegister(file, sites, activities, sessions, childCodes, refused, rows, table);
        }
    }
}
