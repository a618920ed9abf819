package org.fieldreport.ingest;

import java.util.List;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Project;

/**
 * The columns of one input kind and how one row of it becomes a model record. Implementations are stateless apart
 * from the project they read for; per-file checks across rows belong in {@code validate}.
 *
 * @param <T> the model record a row becomes
 */
public interface InputFormat<T> {

    InputKind kind();

    List<Column> columns();

    /** Parses one row; returns null (with errors recorded in {@code fields}) when the row cannot be accepted. */
    T parse(RowFields fields, Project project);

    /**
     * Whether messages may quote this file's values (false for attendance, where any field can hold a child's code:
     * then no value, and no header holding a digit, is quoted).
     */
    default boolean quotesValues() {
        return true;
    }

    /** The money column whose total must reconcile, or null when the kind holds no money. */
    default String amountColumn() {
        return null;
    }
}
