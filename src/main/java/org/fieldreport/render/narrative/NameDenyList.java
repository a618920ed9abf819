package org.fieldreport.render.narrative;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldreport.model.PrivacySettings;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Names that must never appear in a narrative (children's names, kept in a local file outside the data folder).
 * Matching is whole-word and case-insensitive on the text as a reader sees it ({@link ReadableText}: after NFKC,
 * without zero-width characters, soft hyphens and Markdown emphasis, with character references decoded), so
 * {@code S\u200Bophea}, {@code Sop\u00ADhea} and {@code **Sop**hea} are all caught. The names themselves are
 * never written into any message.
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
            String n = ReadableText.name(name);
            if (!n.isEmpty()) {
                patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return new NameDenyList(patterns);
    }

    /**
     * Reads one name a line (UTF-8); lines starting with {@code #} are comments. A file that is not a regular file,
     * is larger than {@link PrivacySettings#DENY_LIST_LARGEST_BYTES} or is not UTF-8 text is refused.
     */
    public static NameDenyList read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > PrivacySettings.DENY_LIST_LARGEST_BYTES) {
                throw new FieldReportException(ExitCode.USAGE, "privacy.deny_list " + file + " is not a regular "
                        + "file of at most " + PrivacySettings.DENY_LIST_LARGEST_BYTES / 1024 + " KiB");
            }
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.strip().startsWith("#")) {
                    names.add(line);
                }
            }
            return of(names);
        } catch (CharacterCodingException e) {
            throw new FieldReportException(ExitCode.USAGE, "privacy.deny_list " + file + " is not UTF-8 text; save "
                    + "the list of names as UTF-8", e);
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
        ReadableText text = ReadableText.of(line);
        int best = -1;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text.text());
            if (m.find() && (best < 0 || m.start() < best)) {
                best = m.start();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(text.originalIndex(best) + 1);
    }
}
