package org.fieldreport.problem;

/** An error excludes the row (or file) it names; a warning keeps it but asks someone to look. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
