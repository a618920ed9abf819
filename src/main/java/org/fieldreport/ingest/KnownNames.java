package org.fieldreport.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a column may take (the project's sites or activities), looked up the way people type them: case,
 * surrounding spaces and the difference between space, '-' and '_' do not matter. Built once per file, so a million
 * rows cost a million byte comparisons and nothing more. Immutable once built.
 */
public final class KnownNames {

    private final List<String> names;
    private final Map<String, String> byKey = new HashMap<>();
    /** The UTF-8 bytes of each name and each key, and what {@link #find(String)} gives for that text. */
    private final byte[][] texts;
    private final String[] found;
    /** The names as the project spells them: what an export mostly holds, found without making a key. */
    private final Map<String, String> exact = new HashMap<>();

    public KnownNames(List<String> names) {
        this.names = List.copyOf(names);
        for (String n : names) {
            byKey.putIfAbsent(key(n), n);
        }
        byKey.forEach((k, n) -> exact.putIfAbsent(n, n));
        // the names as the project spells them first: exports mostly spell them so
        List<String> spellings = new ArrayList<>(new LinkedHashSet<>(names));
        for (String k : byKey.keySet()) {
            if (!spellings.contains(k)) {
                spellings.add(k);
            }
        }
        texts = new byte[spellings.size()][];
        found = new String[spellings.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = spellings.get(i).getBytes(StandardCharsets.UTF_8);
            found[i] = find(spellings.get(i));
        }
    }

    /**
     * The project's spelling of the text whose UTF-8 bytes are [from, to), when the text is a name or a key exactly;
     * null otherwise, and then {@link #find(String)} may still know it.
     */
    String findExact(byte[] bytes, int from, int to) {
        int length = to - from;
        for (int i = 0; i < texts.length; i++) {
            byte[] t = texts[i];
            if (t.length == length && same(t, bytes, from)) {
                return found[i];
            }
        }
        return null;
    }

    private static boolean same(byte[] name, byte[] bytes, int from) {
        for (int i = 0; i < name.length; i++) {
            if (name[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
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
