package org.fieldreport.indicators;

/**
 * The accepted rows of one indicator source as the engine reads them: by row number (the file's order), each with a
 * day and its text columns as codes ({@link CodedColumn}) and number columns, by the names
 * {@link org.fieldreport.model.IndicatorSource} lists. The date column is the engine's (see {@link DateOrder}).
 */
interface SourceRows {

    int size();

    /** The row's date as an epoch day. */
    int day(int row);

    /** A text column other than the date, or null when this source has no such column. */
    CodedColumn text(String column);

    /** A number column, or null when this source has no such column. */
    NumberColumn number(String column);
}
