package org.fieldreport.sample;

/**
 * How big the generated project is. Zero for a file means the natural sample (about twelve thousand attendance rows
 * and a few hundred expenses); a positive number replaces that file with exactly that many benchmark rows, spread
 * over the same fifteen months and written as they are made, so memory does not grow with the count.
 *
 * @param attendanceRows exact number of attendance rows, or 0 for the natural sample
 * @param expenseRows    exact number of expense rows, or 0 for the natural sample
 */
public record SampleScale(long attendanceRows, long expenseRows) {

    /** The sample project as committed in {@code sample-data/}. */
    public static final SampleScale NATURAL = new SampleScale(0, 0);

    public SampleScale {
        if (attendanceRows < 0 || expenseRows < 0) {
            throw new IllegalArgumentException("row counts must be 0 (natural sample) or more");
        }
    }
}
