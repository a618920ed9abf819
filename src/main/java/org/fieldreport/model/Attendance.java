package org.fieldreport.model;

import java.time.LocalDate;

/**
 * One child at one session. {@code childCode} is a pseudonymous code; it is used for counting distinct children and
 * must never be written to any output. {@code session} is the export's session id, or a key derived from date, site
 * and activity when the export has none. {@code age} is -1 when not recorded.
 */
public record Attendance(
        LocalDate date,
        String site,
        String activity,
        String session,
        String childCode,
        Sex sex,
        int age,
        SourceRef source) {

    /** The age was not recorded. */
    public static final int UNKNOWN_AGE = -1;
}
