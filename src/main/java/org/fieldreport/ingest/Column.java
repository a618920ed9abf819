package org.fieldreport.ingest;

/**
 * A canonical column of an input kind: its name as documented, whether a file must have it, what it holds (for
 * {@code fieldreport schema}) and an example value. A rate column ({@code quotedHeader}) is also found under a
 * header that states its direction, such as {@code KES per USD}.
 */
public record Column(String name, boolean required, String type, String example, boolean quotedHeader) {

    public static Column required(String name, String type, String example) {
        return new Column(name, true, type, example, false);
    }

    public static Column optional(String name, String type, String example) {
        return new Column(name, false, type, example, false);
    }

    /** An exchange-rate column, which a header such as "KES per USD" also names. */
    public static Column rate(String name, boolean required, String example) {
        return new Column(name, required, "decimal (header may state its direction: KES per USD)", example, true);
    }
}
