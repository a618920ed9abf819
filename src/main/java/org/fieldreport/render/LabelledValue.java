package org.fieldreport.render;

/** A label and its formatted value, shown as one line of a small definition table. */
public record LabelledValue(String label, String value) {
}
