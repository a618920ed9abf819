package org.fieldreport.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a column may take (the project's sites or activities), looked up the way people type them: case,
 * surrounding spaces and the difference between space, '-' and '_' do not matter. Immutable once built.
 */
public final class KnownNames {

    private final List<String> names;
    private final Map<String, String> byKey = new HashMap<>();
    /** The names as the project spells them: what an export mostly holds, found without making a key. */
    private final Map<String, String> exact = new HashMap<>();

    public KnownNames(List<String> names) {
        this.names = List.copyOf(names);
        for (String n : names) {
            byKey.putIfAbsent(key(n), n);
        }
        byKey.forEach((k, n) -> exact.putIfAbsent(n, n));
    }

    /** The project's spelling of {@code text}, or null when it is not a known name. */
    public String find(String text) {
        String known = exact.get(text);
        if (known == null) {
            known = byKey.get(text);
        }
        return known != null ? known : byKey.get(key(text));
    }

    public List<String> names() {
        return names;
    }

    /** Lower case, runs of space, '-' and '_' folded to one '_', no surrounding spaces. */
    static String key(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '-' || c == '_' || Character.isWhitespace(c)) {
                gap = true;
            } else {
                if (gap && s.length() > 0) {
                    s.append('_');
                }
                gap = false;
                s.append(c);
            }
        }
        return s.toString();
    }
}
