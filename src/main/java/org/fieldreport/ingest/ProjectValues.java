package org.fieldreport.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.model.PrivacySettings;

/**
 * The ranges of project.yaml's values that Jackson's types cannot say: texts without control or bidirectional
 * characters, a start date the calendar can count years from, finance settings that make sense (a threshold and
 * pace band within reason, a known forecast, phasing shares that are percentages) and privacy thresholds that
 * suppress something. Each problem names its key.
 */
final class ProjectValues {

    static final LocalDate EARLIEST_START = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(2199, 12, 31);
    private static final BigDecimal LARGEST_THRESHOLD = new BigDecimal("1000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** The smallest privacy threshold: 1 would hide no count at all. */
    static final int SMALLEST_THRESHOLD = 2;
    static final int LARGEST_PRIVACY_THRESHOLD = 1000;
    /** The most sites or activities: twice the largest declaration tested at scale (5,000 activities). */
    static final int MOST_NAMES = 10_000;
    static final int MOST_INDICATORS = 1_000;

    private final DeclarationFindings out;

    ProjectValues(DeclarationFindings out) {
        this.out = out;
    }

    /**
     * Whether {@code raw} declares more sites, activities or indicators than a project can have (an error naming
     * the key for each); the other checks would take long over a hostile list of hundreds of thousands.
     */
    boolean tooMany(ProjectFile raw) {
        boolean any = tooMany("sites", raw.sites(), MOST_NAMES);
        any |= tooMany("activities", raw.activities(), MOST_NAMES);
        return tooMany("indicators", raw.indicators(), MOST_INDICATORS) || any;
    }

    private boolean tooMany(String key, List<?> values, int most) {
        if (values == null || values.size() <= most) {
            return false;
        }
        out.error("/" + key, String.format(Locale.ROOT, "%s lists %,d entries, more than the %,d a project may have",
                key, values.size(), most), "check that the list is the project's own and not pasted from an export");
        return true;
    }

    /** Checks every value of {@code raw} this class knows the range of. */
    void check(ProjectFile raw, Path folder) {
        start(raw.start());
        String[][] texts = {{"name", raw.name()}, {"short_name", raw.shortName()},
            {"location", raw.location()}, {"partner", raw.partner()}, {"funder", raw.funder()},
            {"narrative", raw.narrative()}, {"templates", raw.templates()}};
        for (String[] key : texts) {
            text("/" + key[0], key[0], key[1]);
        }
        texts("/sites", "sites", raw.sites());
        texts("/activities", "activities", raw.activities());
        finance(raw.finance());
        privacy(raw.privacy(), folder);
    }

    /** A text value must hold no control or bidirectional character, nor a line end ({@code code} is checked as an output name). */
    private void text(String pointer, String key, String value) {
        if (value == null) {
            return;
        }
        OptionalInt invisible = InvisibleCharacters.first(value);
        if (invisible.isEmpty() && value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            invisible = OptionalInt.of(value.chars().filter(c -> c == '\n' || c == '\r' || c == '\t').findFirst()
                    .getAsInt());
        }
        if (invisible.isPresent()) {
            out.error(pointer, key + " holds the invisible character " + InvisibleCharacters.describe(
                    invisible.getAsInt()), "write it on one line with visible characters only");
        }
    }

    private void texts(String pointer, String key, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                text(pointer + "/" + i, key + " entry " + (i + 1), values.get(i));
            }
        }
    }

    private void start(LocalDate start) {
        if (start != null && (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START))) {
            out.error("/start", "start " + start + " is not a date between " + EARLIEST_START + " and " + LATEST_START,
                    "the first day of Year 1, e.g. 2018-12-01");
        }
    }

    private void finance(FinanceSettings f) {
        if (f == null) {
            return;
        }
        if (f.flexibilityThreshold().signum() < 0 || f.flexibilityThreshold().compareTo(LARGEST_THRESHOLD) > 0) {
            out.error("/finance/flexibility_threshold", "finance.flexibility_threshold must be a percentage from 0 to "
                    + "1000; it is " + f.flexibilityThreshold().toString(), "for example 10 (percent)");
        }
        boolean lowOk = f.paceLow().signum() > 0 && f.paceLow().compareTo(BigDecimal.ONE) <= 0;
        if (!lowOk) {
            out.error("/finance/pace_low", "finance.pace_low must be above 0 and at most 1 (a share of the expected "
                    + "pace); it is " + f.paceLow(), "for example 0.75");
        }
        boolean highOk = f.paceHigh().compareTo(BigDecimal.ONE) >= 0 && f.paceHigh().compareTo(BigDecimal.TEN) <= 0;
        if (!highOk) {
            out.error("/finance/pace_high", "finance.pace_high must be from 1 to 10 (a share of the expected pace); "
                    + "it is " + f.paceHigh(), "for example 1.25");
        }
        if (lowOk && highOk && f.paceLow().compareTo(f.paceHigh()) >= 0) {
            out.error("/finance/pace_low", "finance.pace_low must be below pace_high", null);
        }
        String forecast = f.forecast().toLowerCase(Locale.ROOT);
        if (!forecast.equals("linear") && !forecast.equals("phasing")) {
            out.error("/finance/forecast", "finance.forecast \"" + f.forecast() + "\" is not linear or phasing",
                    "linear: actual / elapsed days x days in year; phasing: the shares under finance.phasing");
        }
        for (int i = 0; i < f.phasing().size(); i++) {
            BigDecimal share = f.phasing().get(i);
            if (share == null || share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                out.error("/finance/phasing/" + i, "finance.phasing entry " + (i + 1) + " must be a percentage from "
                        + "0 to 100; it is " + share, "one share of the year's budget per month, adding up to 100");
            }
        }
    }

    private void privacy(PrivacySettings p, Path folder) {
        if (p == null) {
            return;
        }
        threshold("threshold", p.threshold());
        threshold("sensitive_threshold", p.sensitiveThreshold());
        threshold("public_threshold", p.publicThreshold());
        if (p.denyList() != null) {
            Path list = folder.resolve(p.denyList());
            if (!Files.isRegularFile(list)) {
                out.error("/privacy/deny_list", "privacy.deny_list names " + p.denyList() + ", which is "
                        + (Files.exists(list) ? "not a regular file" : "missing"),
                        "point it at a text file of names, one a line");
            } else if (size(list) > PrivacySettings.DENY_LIST_LARGEST_BYTES) {
                out.error("/privacy/deny_list", "privacy.deny_list " + p.denyList() + " is larger than "
                        + PrivacySettings.DENY_LIST_LARGEST_BYTES / 1024 + " KiB", "a list of names, one a line, is far smaller");
            }
        }
    }

    private void threshold(String key, int value) {
        if (value < SMALLEST_THRESHOLD || value > LARGEST_PRIVACY_THRESHOLD) {
            out.error("/privacy/" + key, "privacy." + key + " must be a whole number from " + SMALLEST_THRESHOLD
                    + " to " + LARGEST_PRIVACY_THRESHOLD + "; it is " + value, "counts below it are hidden; "
                            + "for example 5");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
