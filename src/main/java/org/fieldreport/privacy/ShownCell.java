package org.fieldreport.privacy;

import java.util.OptionalLong;

/**
 * One cell as an output may show it: its state, the text to print, and its value only when it is shown, so that a
 * renderer cannot print a hidden count by mistake.
 */
public record ShownCell(CellKey key, CellState state, String text, OptionalLong value) {

    public boolean isSuppressed() {
        return state.isSuppressed();
    }
}
