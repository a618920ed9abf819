package org.fieldreport.indicators;

/**
 * A text column of a source's rows as small codes: each distinct value is a number from 0 to {@link #codes()} - 1,
 * so that filters, breakdowns and distinct counts compare and collect ints, never strings. Equal texts have equal
 * codes and each code has one text ({@link #label}).
 */
interface CodedColumn {

    /** How many codes there are. */
    int codes();

    /** The text a code stands for. */
    String label(int code);

    /** The code of a text, or -1 when no code stands for it (no row holds it). */
    int codeOf(String label);

    /** Copies the codes of rows {@code rows[0..count)} into {@code codes[0..count)}. */
    void read(int[] rows, int count, int[] codes);
}
