package org.fieldreport.model;

/**
 * Where a value came from: a file name (as the user knows it, relative to the project), a 1-based line and a
 * 1-based column. Line or column 0 means "the whole file" or "the whole row".
 */
public record SourceRef(String file, int line, int column) {

    public static SourceRef file(String file) {
        return new SourceRef(file, 0, 0);
    }

    public static SourceRef row(String file, int line) {
        return new SourceRef(file, line, 0);
    }

    public SourceRef atColumn(int newColumn) {
        return new SourceRef(file, line, newColumn);
    }

    /** {@code file:line:column}, leaving out the parts that are 0. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
