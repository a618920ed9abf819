package org.fieldreport.ingest;

import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.Project;

/**
 * Where the accepted rows of one file are kept while it is read: a list of records for most kinds
 * ({@link #list}), columns for attendance (see {@link AttendanceFormat#sink}).
 *
 * @param <R> what the rows are kept in
 */
public interface RowSink<R> {

    /** Parses one row and keeps it; false (with the errors recorded in {@code fields}) when it is not accepted. */
    boolean accept(RowFields fields);

    /** The rows kept. */
    R rows();

    /** Lets go of every row kept so far: the file turned out to be unreadable as a whole. */
    default void discard() {
        throw new UnsupportedOperationException("this sink keeps the rows it has accepted");
    }

    /** Keeps each row as the record {@code format} parses it into. */
    static <T> RowSink<List<T>> list(InputFormat<T> format, Project project) {
        List<T> rows = new ArrayList<>();
        return new RowSink<>() {
            @Override
            public boolean accept(RowFields fields) {
                T row = format.parse(fields, project);
                if (row == null) {
                    return false;
                }
                rows.add(row);
                return true;
            }

            @Override
            public List<T> rows() {
                return rows;
            }

            @Override
            public void discard() {
                rows.clear();
            }
        };
    }
}
