package org.fieldreport.privacy;

import java.util.List;

/**
 * One row or column of a breakdown with its total: the {@code members} add up to {@code total} when the line is
 * {@code additive}. A line of distinct counts (children by site against distinct children in the project, where a
 * child seen at two sites counts once in the total) is not additive; its cells are still protected by the rule of two
 * suppressed cells, and a reader knows at most the inequalities of its {@link Bound}, which the disclosure checks
 * solve with.
 */
public record Line(List<CellKey> members, CellKey total, boolean additive, Bound bound) {

    /** What a line that does not add up still tells a reader. */
    public enum Bound {
        /** Nothing (first-time counts by site: a child new at one site may have been seen at another before). */
        NONE,
        /** No member above the total (regular attenders: regular at one site means regular overall). */
        MEMBERS_AT_MOST_TOTAL,
        /** Distinct counts: no member above the total, and the total at most the members' sum. */
        UNION
    }

    /** A line that is additive, or else tells nothing beyond the rule of two suppressed cells. */
    public Line(List<CellKey> members, CellKey total, boolean additive) {
        this(members, total, additive, Line.Bound.NONE);
    }

    public Line {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a line needs at least one member");
        }
        if (members.contains(total) || members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("a line's cells must be distinct: " + members + " -> " + total);
        }
    }
}
