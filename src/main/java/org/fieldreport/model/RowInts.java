package org.fieldreport.model;

/**
 * One int for each row of a table, read by row number: a column of the attendance register as the engine reads it,
 * whether each row holds its own int ({@link IntColumn}, {@link ByteColumn}) or the int belongs to the row's session
 * and is looked up there.
 */
public interface RowInts {

    /** How many rows. */
    int size();

    /** The int of {@code row}. */
    int get(int row);

    /** Copies the ints of the {@code count} rows from {@code from} on into {@code into}, from its start. */
    void copy(int from, int count, int[] into);
}
