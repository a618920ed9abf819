package org.fieldreport.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of CSV export a project can hold; the file name is the default location under {@code data/}. */
public enum InputKind {
    OUTREACH_NIGHTS("outreach_nights", true),
    ATTENDANCE("attendance", true),
    BUDGET("budget", true),
    EXPENSES("expenses", true),
    FUNDING("funding", true),
    RATES("rates", false);

    private final String key;
    private final boolean required;

    InputKind(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** The key used in project.yaml and the default file name without extension. */
    public String key() {
        return key;
    }

    /** Whether a project must have this file; an optional file may simply be absent. */
    public boolean required() {
        return required;
    }

    public String defaultPath() {
        return "data/" + key + ".csv";
    }

    public static Optional<InputKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
