package org.fieldreport.indicators;

/** How an indicator stands against its target; {@code NONE} when there is no target or no value to judge. */
public enum Status {
    GREEN, AMBER, RED, NONE;

    /** The lower-case word used in every output ("green"), or null for {@code NONE}. */
    public String word() {
        return this == NONE ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
