package org.fieldreport.model;

/** Whether a higher or a lower value of an indicator is better; decides how its status is read. */
public enum Direction {
    HIGHER, LOWER
}
