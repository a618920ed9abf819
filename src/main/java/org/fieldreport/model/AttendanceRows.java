package org.fieldreport.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The accepted rows of an attendance file, held column by column instead of one {@link Attendance} record per row:
 * per row a day, a line, the site, activity, sex and age packed in one int, and the child code and session as
 * numbers into dictionaries that hold each distinct text once. Each column is a list of chunks of {@value #CHUNK}
 * rows, each packed as small as its values allow (see {@link PackedInts}): an export in date order takes 7 to 9
 * bytes a row (70 MB for the benchmark's ten million rows), plus the dictionaries. Building never copies a whole
 * column and no array is enormous. Immutable once built (see {@link Builder}); safe to read from several threads.
 *
 * <p>Rows are numbered 0 to {@code size() - 1} in the order they were added (the file's order). {@link #get(int)}
 * hands out one row as a record, for small consumers and tests. Readers of many rows use the column accessors:
 * {@link #day(int)}, {@link #site(int)} (an index into {@link #sites()}), {@link #child(int)} (an index into
 * {@link #childCodes()}), and so on, or {@link #read} for many rows at once.
 */
public final class AttendanceRows {

    /** Rows per chunk. */
    public static final int CHUNK = 1 << 16;

    // The packed codes of a row: site (12 bits), activity (10 bits), sex (2 bits), age + 1 (8 bits).
    private static final int SITE_SHIFT = 20;
    private static final int ACTIVITY_SHIFT = 10;
    private static final int SEX_SHIFT = 8;
    private static final int MAX_SITES = 1 << 12;
    private static final int MAX_ACTIVITIES = 1 << 10;
    private static final int MAX_AGE = 254;
    /** Sex by code; code 3 is a row without one (only a record built in code can lack it). */
    private static final Sex[] SEXES = {Sex.F, Sex.M, Sex.X, null};

    private final String file;
    private final List<String> sites;
    private final List<String> activities;
    private final List<String> childCodes;
    private final List<String> sessions;
    private final int size;
    private final PackedInts days;
    private final PackedInts lines;
    private final PackedInts codes;
    private final PackedInts children;
    private final PackedInts sessionNumbers;

    private AttendanceRows(Builder b, int size, PackedInts days, PackedInts lines, PackedInts codes,
                           PackedInts children, PackedInts sessionNumbers) {
        this.file = b.file;
        this.sites = Collections.unmodifiableList(new ArrayList<>(b.sites));
        this.activities = Collections.unmodifiableList(new ArrayList<>(b.activities));
        this.childCodes = b.childList();
        this.sessions = b.sessionList();
        this.size = size;
        this.days = days;
        this.lines = lines;
        this.codes = codes;
        this.children = children;
        this.sessionNumbers = sessionNumbers;
    }

    /**
     * A builder for the rows of {@code file}, whose site and activity codes start as the indexes of {@code sites}
     * and {@code activities} (the project's lists); a name not in them is added after them.
     */
    public static Builder builder(String file, List<String> sites, List<String> activities) {
        return new Builder(file, sites, activities);
    }

    /** The rows of a list of records, in its order; the file is the first record's. */
    public static AttendanceRows of(List<Attendance> rows) {
        Builder b = builder(rows.isEmpty() ? "" : rows.get(0).source().file(), List.of(), List.of());
        for (Attendance a : rows) {
            b.add(a);
        }
        return b.build();
    }

    /** No rows. */
    public static AttendanceRows empty() {
        return of(List.of());
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The file the rows were read from, as the user knows it. */
    public String file() {
        return file;
    }

    /** The row's date as an epoch day. */
    public int day(int row) {
        return days.get(row);
    }

    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(day(row));
    }

    /** The row's 1-based line in the file. */
    public int line(int row) {
        return lines.get(row);
    }

    /** The row's site: an index into {@link #sites()}. */
    public int site(int row) {
        return (codes.get(row) >>> SITE_SHIFT) & (MAX_SITES - 1);
    }

    /** The row's activity: an index into {@link #activities()}. */
    public int activity(int row) {
        return (codes.get(row) >>> ACTIVITY_SHIFT) & (MAX_ACTIVITIES - 1);
    }

    /** The row's sex; null only for a record built in code without one. */
    public Sex sex(int row) {
        return SEXES[(codes.get(row) >>> SEX_SHIFT) & 3];
    }

    /** The row's age in years, or {@link Attendance#UNKNOWN_AGE}. */
    public int age(int row) {
        return (codes.get(row) & 0xFF) - 1;
    }

    /** The row's child: an index into {@link #childCodes()}. Equal codes have equal numbers. */
    public int child(int row) {
        return children.get(row);
    }

    /** The row's session: an index into {@link #sessions()}. Equal sessions have equal numbers. */
    public int session(int row) {
        return sessionNumbers.get(row);
    }

    /** The site names the site codes stand for: the project's sites, in order, then any other met. */
    public List<String> sites() {
        return sites;
    }

    /** The activity names the activity codes stand for, as {@link #sites()}. */
    public List<String> activities() {
        return activities;
    }

    /** Every distinct child code, by number, in the order first met. Never to be written to any output. */
    public List<String> childCodes() {
        return childCodes;
    }

    /** Every distinct session, by number, in the order first met. */
    public List<String> sessions() {
        return sessions;
    }

    /** A column that {@link #read} copies out for many rows at once. */
    public enum Column {
        /** The epoch day. */
        DAY,
        /** The 1-based line. */
        LINE,
        /** The site's index into {@link #sites()}. */
        SITE,
        /** The activity's index into {@link #activities()}. */
        ACTIVITY,
        /** The sex's code: 0 F, 1 M, 2 X, 3 none. */
        SEX,
        /** The age, or {@link Attendance#UNKNOWN_AGE}. */
        AGE,
        /** The child's number, an index into {@link #childCodes()}. */
        CHILD,
        /** The session's number, an index into {@link #sessions()}. */
        SESSION
    }

    /** Copies {@code column} of rows {@code rows[0..count)} into {@code values[0..count)}. */
    public void read(Column column, int[] rows, int count, int[] values) {
        switch (column) {
            case DAY -> days.read(rows, count, values);
            case LINE -> lines.read(rows, count, values);
            case SITE -> readCodes(rows, count, values, SITE_SHIFT, MAX_SITES - 1, 0);
            case ACTIVITY -> readCodes(rows, count, values, ACTIVITY_SHIFT, MAX_ACTIVITIES - 1, 0);
            case SEX -> readCodes(rows, count, values, SEX_SHIFT, 3, 0);
            case AGE -> readCodes(rows, count, values, 0, 0xFF, -1);
            case CHILD -> children.read(rows, count, values);
            case SESSION -> sessionNumbers.read(rows, count, values);
            default -> throw new IllegalArgumentException("no column " + column);
        }
    }

    private void readCodes(int[] rows, int count, int[] values, int shift, int mask, int offset) {
        codes.read(rows, count, values);
        for (int k = 0; k < count; k++) {
            values[k] = ((values[k] >>> shift) & mask) + offset;
        }
    }

    /** One row as a record. */
    public Attendance get(int row) {
        check(row);
        return new Attendance(date(row), sites.get(site(row)), activities.get(activity(row)),
                sessions.get(session(row)), childCodes.get(child(row)), sex(row), age(row),
                SourceRef.row(file, line(row)));
    }

    /** The rows as a list of records, each made when it is read: for small consumers and tests. */
    public List<Attendance> records() {
        return new AbstractList<>() {
            @Override
            public Attendance get(int index) {
                return AttendanceRows.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * These rows without those whose line {@code excluded} accepts, in the same order and with the same
     * dictionaries (so child and session numbers do not change); this object when no row is excluded.
     */
    public AttendanceRows without(IntPredicate excluded) {
        Builder kept = new Builder(this);
        for (int row = 0; row < size; row++) {
            int line = line(row);
            if (!excluded.test(line)) {
                kept.append(day(row), line, codes.get(row), child(row), session(row));
            }
        }
        return kept.rows == size ? this : kept.build();
    }

    private int check(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return row;
    }

    /**
     * Collects rows one at a time, in file order, into chunks; {@link #build()} makes the rows. Not for use by
     * several threads.
     */
    public static final class Builder {
        private final String file;
        private final List<String> sites;
        private final List<String> activities;
        private final Map<String, Integer> siteCodes = new HashMap<>();
        private final Map<String, Integer> activityCodes = new HashMap<>();
        private final Map<String, Integer> childNumbers;
        private final Map<String, Integer> sessionNumbers;
        private final List<String> childList;
        private final List<String> sessionList;
        /** Sessions derived from date, site and activity, by a key of the three: their text is made once. */
        private final Map<Long, Integer> derivedSessions = new HashMap<>();
        private long lastDerivedKey;
        private int lastDerived = -1;
        /** The last session named and its number: an export lists a session's rows together. */
        private String lastSession;
        private int lastSessionNumber;
        /** The last site and activity coded, the same String objects row after row when a reader keeps one copy. */
        private String lastSite;
        private int lastSiteCode;
        private String lastActivity;
        private int lastActivityCode;
        private final AttendanceRows sharedFrom;

        private final PackedInts days = new PackedInts(false);
        private final PackedInts lines = new PackedInts(true);
        private final PackedInts codes = new PackedInts(false);
        private final PackedInts children = new PackedInts(false);
        private final PackedInts sessions = new PackedInts(false);
        /** Per caller's child key (see {@link #add}): 1 + the child's number, or 0 when not met. */
        private int[] childrenByKey = new int[0];
        /** Per caller's session key, as {@link #childrenByKey}. */
        private int[] sessionsByKey = new int[0];
        private int[] pendingDays = new int[1024];
        private int[] pendingLines = new int[1024];
        private int[] pendingCodes = new int[1024];
        private int[] pendingChildren = new int[1024];
        private int[] pendingSessions = new int[1024];
        private int pending;
        private int rows;
        private boolean built;

        private Builder(String file, List<String> sites, List<String> activities) {
            this.file = file;
            this.sites = new ArrayList<>(sites);
            this.activities = new ArrayList<>(activities);
            for (int i = 0; i < sites.size(); i++) {
                siteCodes.putIfAbsent(sites.get(i), i);
            }
            for (int i = 0; i < activities.size(); i++) {
                activityCodes.putIfAbsent(activities.get(i), i);
            }
            this.childNumbers = new HashMap<>();
            this.sessionNumbers = new HashMap<>();
            this.childList = new ArrayList<>();
            this.sessionList = new ArrayList<>();
            this.sharedFrom = null;
        }

        /** A builder of a subset of {@code from}'s rows, sharing its dictionaries. */
        private Builder(AttendanceRows from) {
            this.file = from.file;
            this.sites = from.sites;
            this.activities = from.activities;
            this.childNumbers = null;
            this.sessionNumbers = null;
            this.childList = null;
            this.sessionList = null;
            this.sharedFrom = from;
        }

        /** Adds a record's row. */
        public Builder add(Attendance a) {
            return add(a.date(), a.site(), a.activity(), a.session(), a.childCode(), a.sex(), a.age(),
                    a.source().line());
        }

        /**
         * Adds a row. A null {@code session} stands for the session the export did not name: the one key of the
         * date, site and activity ({@code 2019-03-05|Riverfront|kids_club}). {@code age} is
         * {@link Attendance#UNKNOWN_AGE} or 0 to 254.
         */
        public Builder add(LocalDate date, String site, String activity, String session, String childCode, Sex sex,
                           int age, int line) {
            return add(date, site, activity, session, -1, childCode, -1, sex, age, line);
        }

        /**
         * Adds a row, as {@link #add(LocalDate, String, String, String, String, Sex, int, int)}, whose session and
         * child code the caller has already numbered: {@code sessionKey} and {@code childKey} are equal for equal
         * texts (as a file reader numbers the distinct values of a column), or -1 when not known. The builder then
         * finds a text it has met through that number instead of hashing it again. A number that does not stand for
         * the same text as last time is looked up by its text, so a wrong number costs time, never a row.
         */
        public Builder add(LocalDate date, String site, String activity, String session, int sessionKey,
                           String childCode, int childKey, Sex sex, int age, int line) {
            if (sharedFrom != null) {
                throw new IllegalStateException("a builder of kept rows takes no new rows");
            }
            if (age < Attendance.UNKNOWN_AGE || age > MAX_AGE) {
                throw new IllegalArgumentException("age " + age + " is outside 0 to " + MAX_AGE);
            }
            int day = Math.toIntExact(date.toEpochDay());
            int siteCode;
            if (site != null && site == lastSite) {
                siteCode = lastSiteCode;
            } else {
                siteCode = code(siteCodes, sites, site, MAX_SITES, "sites");
                lastSite = site;
                lastSiteCode = siteCode;
            }
            int activityCode;
            if (activity != null && activity == lastActivity) {
                activityCode = lastActivityCode;
            } else {
                activityCode = code(activityCodes, activities, activity, MAX_ACTIVITIES, "activities");
                lastActivity = activity;
                lastActivityCode = activityCode;
            }
            int sexCode = sex == null ? 3 : sex.ordinal();
            int packed = siteCode << SITE_SHIFT | activityCode << ACTIVITY_SHIFT | sexCode << SEX_SHIFT | (age + 1);
            int sessionNumber;
            if (session == null) {
                sessionNumber = derivedSession(date, day, site, siteCode, activity, activityCode);
            } else if (session.equals(lastSession)) {
                sessionNumber = lastSessionNumber;
            } else {
                if (sessionKey >= 0) {
                    sessionsByKey = ensure(sessionsByKey, sessionKey);
                    sessionNumber = keyed(sessionsByKey, sessionKey, sessionNumbers, sessionList, session);
                } else {
                    sessionNumber = number(sessionNumbers, sessionList, session);
                }
                lastSession = session;
                lastSessionNumber = sessionNumber;
            }
            int childNumber;
            if (childKey >= 0) {
                childrenByKey = ensure(childrenByKey, childKey);
                childNumber = keyed(childrenByKey, childKey, childNumbers, childList, childCode);
            } else {
                childNumber = number(childNumbers, childList, childCode);
            }
            append(day, line, packed, childNumber, sessionNumber);
            return this;
        }

        /** {@code byKey}, grown if needed so that it has a place for {@code key}. */
        private static int[] ensure(int[] byKey, int key) {
            return key < byKey.length ? byKey : Arrays.copyOf(byKey, Math.max(key + 1, byKey.length * 2));
        }

        /**
         * The number of {@code value}, found through the caller's {@code key} when {@code byKey} (1 + the number per
         * key, 0 when none) already holds it for an equal text.
         */
        private static int keyed(int[] byKey, int key, Map<String, Integer> numbers, List<String> values,
                                 String value) {
            int known = byKey[key] - 1;
            if (known >= 0 && values.get(known).equals(value)) {
                return known;
            }
            int number = number(numbers, values, value);
            byKey[key] = number + 1;
            return number;
        }

        private int derivedSession(LocalDate date, int day, String site, int siteCode, String activity,
                                   int activityCode) {
            long key = (long) day << 22 | (long) siteCode << 10 | activityCode;
            if (lastDerived < 0 || key != lastDerivedKey) {
                lastDerived = derivedSessions.computeIfAbsent(key,
                        k -> number(sessionNumbers, sessionList, date + "|" + site + "|" + activity));
                lastDerivedKey = key;
            }
            return lastDerived;
        }

        private static int code(Map<String, Integer> codes, List<String> names, String name, int limit,
                                String what) {
            Integer known = codes.get(name);
            if (known != null) {
                return known;
            }
            if (names.size() == limit) {
                throw new IllegalArgumentException("more than " + limit + " " + what);
            }
            codes.put(name, names.size());
            names.add(name);
            return names.size() - 1;
        }

        private static int number(Map<String, Integer> numbers, List<String> values, String value) {
            Integer known = numbers.get(value);
            if (known != null) {
                return known;
            }
            numbers.put(value, values.size());
            values.add(value);
            return values.size() - 1;
        }

        private void append(int day, int line, int packed, int child, int session) {
            if (built) {
                throw new IllegalStateException("the rows are already built");
            }
            if (pending == pendingDays.length) {
                if (pending < CHUNK) {
                    int grown = Math.min(CHUNK, pending * 2);
                    pendingDays = Arrays.copyOf(pendingDays, grown);
                    pendingLines = Arrays.copyOf(pendingLines, grown);
                    pendingCodes = Arrays.copyOf(pendingCodes, grown);
                    pendingChildren = Arrays.copyOf(pendingChildren, grown);
                    pendingSessions = Arrays.copyOf(pendingSessions, grown);
                } else {
                    seal();
                }
            }
            pendingDays[pending] = day;
            pendingLines[pending] = line;
            pendingCodes[pending] = packed;
            pendingChildren[pending] = child;
            pendingSessions[pending] = session;
            pending++;
            rows++;
        }

        /** Moves the pending chunk into the columns and starts a new one. */
        private void seal() {
            if (!days.add(pendingDays, pending)) {
                pendingDays = new int[CHUNK];
            }
            if (!lines.add(pendingLines, pending)) {
                pendingLines = new int[CHUNK];
            }
            if (!codes.add(pendingCodes, pending)) {
                pendingCodes = new int[CHUNK];
            }
            if (!children.add(pendingChildren, pending)) {
                pendingChildren = new int[CHUNK];
            }
            if (!sessions.add(pendingSessions, pending)) {
                pendingSessions = new int[CHUNK];
            }
            pending = 0;
        }

        /** The rows added so far. The builder takes no rows afterwards. */
        public AttendanceRows build() {
            if (built) {
                throw new IllegalStateException("the rows are already built");
            }
            if (pending > 0) {
                seal();
            }
            built = true;
            pendingDays = pendingLines = pendingCodes = pendingChildren = pendingSessions = null;
            return new AttendanceRows(this, rows, days.done(), lines.done(), codes.done(), children.done(),
                    sessions.done());
        }

        private List<String> childList() {
            return sharedFrom != null ? sharedFrom.childCodes : Collections.unmodifiableList(childList);
        }

        private List<String> sessionList() {
            return sharedFrom != null ? sharedFrom.sessions : Collections.unmodifiableList(sessionList);
        }
    }
}
