package org.fieldreport.model;

/**
 * How output files are named: {@code pattern} may use {@code {code}}, {@code {period}} and {@code {audience}};
 * the extension is added by the format.
 */
public record OutputSettings(String pattern) {

    public OutputSettings {
        pattern = pattern == null ? "{code}_{period}_{audience}" : pattern;
    }

    public static OutputSettings defaults() {
        return new OutputSettings(null);
    }
}
