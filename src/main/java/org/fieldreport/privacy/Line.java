package org.fieldreport.privacy;

import java.util.List;

/**
 * One row or column of a breakdown with its total: the {@code members} add up to {@code total} when the line is
 * {@code additive}. A line of distinct counts (children by site against distinct children in the project, where a
 * child seen at two sites counts once in the total) is not additive; its cells are still protected by the rule of two
 * suppressed cells, but subtraction does not recover them exactly, so the disclosure checks do not solve it.
 */
public record Line(List<CellKey> members, CellKey total, boolean additive) {

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
