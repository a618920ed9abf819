package org.fieldreport.model;

/** Sex as recorded at attendance: F, M, or X for another or unrecorded answer. */
public enum Sex {
    F, M, X
}
