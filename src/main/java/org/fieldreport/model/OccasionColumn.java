package org.fieldreport.model;

/**
 * A column of the attendance register whose ints belong to the rows' occasions (date, site, activity, session): each
 * row's int is looked up through the occasion the row holds.
 */
record OccasionColumn(IntColumn occasions, int[] values) implements RowInts {

    @Override
    public int size() {
        return occasions.size();
    }

    @Override
    public int get(int row) {
        return values[occasions.get(row)];
    }

    @Override
    public void copy(int from, int count, int[] into) {
        occasions.copy(from, count, into);
        for (int k = 0; k < count; k++) {
            into[k] = values[into[k]];
        }
    }
}
