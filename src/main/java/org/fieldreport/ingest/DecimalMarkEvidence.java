package org.fieldreport.ingest;

import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * What a file's amounts say about its decimal separator when project.yaml does not: the first amount that can only
 * be a decimal comma ({@code 12,50}), and whether any can only be a decimal point. Comma evidence without point
 * evidence means none of the file's amounts can be trusted as read.
 */
final class DecimalMarkEvidence {

    private int firstCommaLine;
    private String commaColumn;
    private boolean pointSeen;

    /** Notes the amounts of one row, in the columns the file's amounts are read from. */
    void note(RowFields fields, int line, String... columns) {
        for (String column : columns) {
            String text = fields.text(column);
            if (firstCommaLine == 0 && DecimalText.onlyDecimalComma(text)) {
                firstCommaLine = line;
                commaColumn = column;
            } else if (DecimalText.onlyDecimalPoint(text)) {
                pointSeen = true;
            }
        }
    }

    /** The error refusing the file, when its amounts can only be decimal commas; null otherwise. */
    Problem refusal(String file, HeaderMatch header, String kindKey) {
        if (firstCommaLine == 0 || pointSeen) {
            return null;
        }
        return Problem.error("decimal-comma", new SourceRef(file, firstCommaLine, header.position(commaColumn) + 1),
                "the amounts of this file are written with a decimal comma, so none of its rows is read",
                "set decimal: comma under files." + kindKey + " in project.yaml (or decimal: point if the commas"
                        + " separate thousands)");
    }
}
