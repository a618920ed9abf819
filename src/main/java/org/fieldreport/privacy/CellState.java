package org.fieldreport.privacy;

/**
 * Whether one cell of a table (a total included) is shown, hidden because it is small (primary), or hidden so that a
 * small cell cannot be worked out from the totals (secondary), or withheld whatever its size (a sensitive activity).
 *
 * <p>A secondary cell is shown as {@value #SECONDARY_TEXT}, never as a dash: in statistical tables a dash commonly
 * means nil, and a reader would take the cell for zero. The mark says nothing about the cell's size.
 */
public enum CellState {
    SHOWN,
    PRIMARY,
    SECONDARY,
    /**
     * Hidden whatever its size, because it describes a sensitive activity this audience may not see broken down;
     * shown as {@value #SECONDARY_TEXT}, and a reader can tell nothing of it (not even that it is not 0).
     */
    WITHHELD;

    /** How a secondary-suppressed cell is shown ("confidential", as in the ONS convention for table symbols). */
    public static final String SECONDARY_TEXT = "[c]";

    public boolean isSuppressed() {
        return this != SHOWN;
    }
}
