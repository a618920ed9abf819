package org.fieldreport.model;

/** What a variance is measured against under the flexibility rule: the line's, its heading's or the total budget. */
public enum FlexibilityBase {
    LINE, HEADING, TOTAL
}
