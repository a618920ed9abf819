package org.fieldreport.indicators;

/** A number column of a source's rows (a count an outreach team recorded), read for many rows at once. */
interface NumberColumn {

    /** Copies the values of rows {@code rows[0..count)} into {@code values[0..count)}. */
    void read(int[] rows, int count, int[] values);
}
