package org.fieldreport.cli;

import picocli.CommandLine.Option;

/**
 * How wide a command's terminal tables may be: 100 columns, or the terminal's {@code COLUMNS} when it is wider, and
 * without limit under {@code --wide}. What does not fit is left out column by column and named under the table.
 */
final class TableWidth {

    /** The width a table keeps to unless the terminal is wider or {@code --wide} is given. */
    static final int DEFAULT = 100;

    @Option(names = "--wide", description = "Print tables with every column (by default they fit 100 columns, or the"
            + " terminal's COLUMNS when wider).")
    boolean wide;

    int columns() {
        return wide ? Integer.MAX_VALUE : Math.max(DEFAULT, Terminal.columns());
    }
}
