package org.fieldreport.ingest;

/**
 * A canonical column of an input kind: its name as documented, whether a file must have it, what it holds (for
 * {@code fieldreport schema}) and an example value.
 */
public record Column(String name, boolean required, String type, String example) {

    public static Column required(String name, String type, String example) {
        return new Column(name, true, type, example);
    }

    public static Column optional(String name, String type, String example) {
        return new Column(name, false, type, example);
    }
}
