package org.fieldreport.render.narrative;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Names that must never appear in a narrative (children's names, kept in a local file outside the data folder).
 * Matching is whole-word and case-insensitive. The names themselves are never written into any message.
 */
public final class NameDenyList {

    private static final NameDenyList EMPTY = new NameDenyList(List.of());

    private final List<Pattern> patterns;

    private NameDenyList(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** A list that denies nothing. */
    public static NameDenyList none() {
        return EMPTY;
    }

    /** A list of the given names; blank entries are ignored. */
    public static NameDenyList of(List<String> names) {
        List<Pattern> patterns = new ArrayList<>();
        for (String name : names) {
            String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
            if (!n.isEmpty()) {
                patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return new NameDenyList(patterns);
    }

    /** Reads one name a line (UTF-8); lines starting with {@code #} are comments. */
    public static NameDenyList read(Path file) {
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.strip().startsWith("#")) {
                    names.add(line);
                }
            }
            return of(names);
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.USAGE, "cannot read the name deny-list " + file + ": "
                    + e.getMessage(), e);
        }
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The 1-based column of the first denied name in {@code line}, if any. */
    public OptionalInt firstMatch(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC);
        int best = -1;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find() && (best < 0 || m.start() < best)) {
                best = m.start();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best + 1);
    }
}
