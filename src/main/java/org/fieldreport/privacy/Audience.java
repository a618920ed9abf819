package org.fieldreport.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who an output is for. Internal output suppresses nothing and is marked CONFIDENTIAL on every page and sheet;
 * donor and public output hide small counts of people.
 */
public enum Audience {
    INTERNAL("internal", "Internal"),
    DONOR("donor", "Donor"),
    PUBLIC("public", "Public");

    /** The mark internal output carries on every page and sheet. */
    public static final String CONFIDENTIAL = "CONFIDENTIAL";

    private final String key;
    private final String label;

    Audience(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word used on the command line and in JSON: {@code internal}, {@code donor}, {@code public}. */
    public String key() {
        return key;
    }

    /** The word a reader sees in a footer or on the About sheet. */
    public String label() {
        return label;
    }

    /** Whether every page and sheet of this audience's output is marked {@link #CONFIDENTIAL}. */
    public boolean isConfidential() {
        return this == INTERNAL;
    }

    /** The marking for every page and sheet: {@code CONFIDENTIAL} for internal output, empty otherwise. */
    public Optional<String> marking() {
        return isConfidential() ? Optional.of(CONFIDENTIAL) : Optional.empty();
    }

    /** Reads {@code internal}, {@code donor} or {@code public} (any case, surrounding spaces ignored). */
    public static Optional<Audience> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.key.equals(wanted)).findFirst();
    }

    /** The accepted words, for an error message: {@code internal, donor, public}. */
    public static String choices() {
        return Arrays.stream(values()).map(Audience::key).collect(Collectors.joining(", "));
    }
}
