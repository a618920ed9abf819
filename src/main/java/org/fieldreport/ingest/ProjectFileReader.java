package org.fieldreport.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldreport.model.ExchangeRateSettings;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.OutputSettings;
import org.fieldreport.model.PrivacySettings;
import org.fieldreport.model.ReportSettings;
import org.fieldreport.model.Project;
import org.fieldreport.model.SourceRef;
import org.fieldreport.model.StatusThresholds;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;

/**
 * Reads a project folder's project.yaml into a {@link Project}. Any unknown key, missing required key or value of
 * the wrong type is a problem naming the key and its line; so is a file that names an unknown kind or column
 * ({@link FileDeclarations}) and an indicator that names an unknown source, column, filter value, breakdown or
 * indicator ({@link IndicatorDeclarationCheck}). If there is any, reading fails with
 * {@link ExitCode#USAGE} and every problem found. A file without {@code indicators} gets the built-in
 * {@link IndicatorCatalogue}.
 */
public final class ProjectFileReader {

    /** The file name every project folder holds. */
    public static final String FILE_NAME = "project.yaml";
    /**
     * The largest project.yaml read: a hundred times the sample's, and small enough that the YAML parser (whose
     * time grows faster than a scalar's length) takes well under a second on the longest scalar it can hold.
     */
    static final long LARGEST_FILE = 1024 * 1024;

    static final ObjectMapper YAML = JsonMapper.builder(YAMLFactory.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new JavaTimeModule())
            .addMixIn(InputFileSpec.class, InputFileSpecFromPath.class)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Lets a file be given by its path alone ({@code budget: data/budget.csv}) as well as by a mapping. */
    private abstract static class InputFileSpecFromPath {
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static InputFileSpec ofPath(String path) {
            return null;
        }

        /** Filled in from the document's locations, never read from it. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract Map<String, Integer> lines();
    }

    private ProjectFileReader() {
    }

    public static Project read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isDirectory(folder)) {
            throw new FieldReportException(ExitCode.USAGE, folder + ": no such project folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new FieldReportException(ExitCode.USAGE, file + ": no project.yaml in this folder"
                    + " (run `fieldreport init " + folder + "` to start a project)");
        }
        String text;
        try {
            if (Files.size(file) > LARGEST_FILE) {
                throw failure(List.of(Problem.error("project-file", SourceRef.file(FILE_NAME), String.format(
                        java.util.Locale.ROOT, "the file is %,d bytes, more than the %,d KiB a project file may have",
                        Files.size(file), LARGEST_FILE / 1024), "a project file is a few kilobytes: look for a pasted"
                        + " export or a runaway string or comment")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.USAGE, file + ": cannot be read as UTF-8 text", e);
        }
        return parse(folder, text);
    }

    static Project parse(Path folder, String text) {
        YamlLocations lines = YamlLocations.of(text);
        if (!lines.duplicates().isEmpty()) {
            throw failure(lines.duplicates());
        }
        ProjectFile raw;
        try {
            raw = YAML.readValue(text, ProjectFile.class);
        } catch (JacksonException e) {
            throw failure(List.of(YamlBindingProblem.of(e, lines)));
        }
        if (raw == null) {
            throw failure(List.of(Problem.error("project-file", new SourceRef(FILE_NAME, 1, 0),
                    "is empty", "start from `fieldreport init`")));
        }
        return new Check(raw, lines).project(folder);
    }

    private static FieldReportException failure(List<Problem> problems) {
        String message = problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
        return new FieldReportException(ExitCode.USAGE, message, problems, null);
    }

    /** The checks that need the whole file, collecting every problem before failing. */
    private static final class Check {
        private final ProjectFile raw;
        private final YamlLocations lines;
        private final List<Problem> problems = new ArrayList<>();

        Check(ProjectFile raw, YamlLocations lines) {
            this.raw = raw;
            this.lines = lines;
        }

        private void error(String pointer, String message, String hint) {
            problems.add(Problem.error("project-file", new SourceRef(FILE_NAME, lines.line(pointer), 0), message,
                    hint));
        }

        private String required(String key, String value) {
            if (value == null || value.isBlank()) {
                error("/" + key, "required key \"" + key + "\" is missing", null);
            }
            return value;
        }

        Project project(Path folder) {
            String code = required("code", raw.code());
            String name = required("name", raw.name());
            String currency = required("currency", raw.currency());
            if (currency != null && !currency.matches("[A-Z]{3}")) {
                error("/currency", "currency \"" + currency + "\" is not a three-letter ISO code", "for example USD");
            }
            RateDirection.checkDeclared(raw.exchangeRates(), currency, this::error);
            if (raw.start() == null) {
                error("/start", "required key \"start\" is missing", "the first day of Year 1, e.g. 2018-12-01");
            }
            ZoneId zone = ZoneId.of("UTC");
            if (raw.timeZone() != null) {
                try {
                    zone = ZoneId.of(raw.timeZone());
                } catch (DateTimeException e) {
                    error("/time_zone", "time_zone \"" + raw.timeZone() + "\" is not a known time zone",
                            "use a region name such as Asia/Phnom_Penh");
                }
            }
            int yearMonths = raw.yearMonths() == null ? 12 : raw.yearMonths();
            if (yearMonths < 1 || yearMonths > 36) {
                error("/year_months", "year_months must be between 1 and 36", null);
            }
            int years = raw.years() == null ? 1 : raw.years();
            if (years < 1 || years > 50) {
                error("/years", "years must be between 1 and 50", null);
            }
            ProjectValues values = new ProjectValues(this::error);
            if (values.tooMany(raw)) {
                throw failure(problems);
            }
            values.check(raw, folder);
            List<String> sites = names("sites", raw.sites());
            List<String> activities = names("activities", raw.activities());
            Map<InputKind, InputFileSpec> files = FileDeclarations.check(raw.files(), this::error, lines::line);
            OutputNameCheck.check(code, raw.output(), this::error);
            List<Integer> bands = raw.ageBands() == null ? Project.DEFAULT_AGE_BANDS : raw.ageBands();
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i) == null || bands.get(i) < 0 || (i > 0 && bands.get(i) <= bands.get(i - 1))) {
                    error("/age_bands", "age_bands must be rising lower bounds, such as [0, 6, 12, 15, 18]", null);
                    break;
                }
            }
            checkIndicatorIds();
            List<IndicatorDeclaration> indicators;
            if (raw.indicators() == null) {
                indicators = IndicatorCatalogue.forProject(sites, activities, yearMonths);
            } else {
                indicators = raw.indicators();
                new IndicatorDeclarationCheck(indicators, sites, activities, bands, yearMonths, this::error).run();
            }
            StatusThresholds status = raw.status() == null ? StatusThresholds.defaults() : raw.status();
            if (status.amber().signum() < 0 || status.green().compareTo(status.amber()) <= 0) {
                error("/status", "status thresholds must satisfy green > amber >= 0 (percent achieved)",
                        "for example green: 90, amber: 70");
            }
            PrivacySettings privacy = privacy(activities, indicators);
            ReportSettings report = ReportSettingsCheck.check(raw.report(), indicators, this::error);
            if (!problems.isEmpty()) {
                throw failure(problems);
            }
            return new Project(folder, code, name, orElse(raw.shortName(), name), orElse(raw.location(), ""),
                    orElse(raw.partner(), ""), orElse(raw.funder(), ""), currency, zone, raw.start(), yearMonths,
                    years, sites, activities, files,
                    raw.exchangeRates() == null ? ExchangeRateSettings.defaults() : raw.exchangeRates(),
                    orElse(raw.narrative(), "narrative"), raw.templates(), workbookTemplates(),
                    indicators,
                    raw.finance() == null ? FinanceSettings.defaults() : raw.finance(),
                    privacy,
                    bands,
                    raw.output() == null ? OutputSettings.defaults() : raw.output(), status, report);
        }

        /** The workbook templates' paths, checked: each an {@code .xlsx} file, none named twice. */
        private List<String> workbookTemplates() {
            List<String> paths = raw.workbookTemplates() == null ? List.of() : raw.workbookTemplates();
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                if (path == null || !path.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                    error("/workbook_templates/" + i, "a workbook template must be an .xlsx file: " + path,
                            "save the template from Excel or LibreOffice as Excel 2007-365 (.xlsx)");
                } else if (paths.subList(0, i).contains(path)) {
                    error("/workbook_templates/" + i, "the workbook template " + path + " is named twice", null);
                }
            }
            return paths.stream().filter(java.util.Objects::nonNull).toList();
        }

        /**
         * The privacy settings, checked: declared sensitive activities must be activities of the project (when none
         * are declared, those that sensitive indicators filter on are), and the child-code pattern must be a regular
         * expression that matches no empty text.
         */
        private PrivacySettings privacy(List<String> activities, List<IndicatorDeclaration> indicators) {
            PrivacySettings privacy = raw.privacy() == null ? PrivacySettings.defaults() : raw.privacy();
            List<String> declared = privacy.sensitiveActivities();
            if (declared != null) {
                for (int i = 0; i < declared.size(); i++) {
                    String activity = declared.get(i);
                    if (activity == null || activities.stream().noneMatch(a -> a.equalsIgnoreCase(activity.strip()))) {
                        error("/privacy/sensitive_activities/" + i, "sensitive activity \"" + activity
                                + "\" is not in the project's activities", "list activities named under activities");
                    }
                }
            }
            if (privacy.childCodes() != null) {
                try {
                    if (java.util.regex.Pattern.compile(privacy.childCodes()).matcher("").matches()) {
                        error("/privacy/child_codes", "child_codes matches empty text, so it would mask nothing"
                                + " useful", "describe the codes, for example (RF|SMC)-[0-9]{4}");
                    }
                } catch (java.util.regex.PatternSyntaxException e) {
                    error("/privacy/child_codes", "child_codes is not a valid regular expression: "
                            + e.getDescription(), "describe the codes, for example (RF|SMC)-[0-9]{4}");
                }
            }
            List<String> fromIndicators = new ArrayList<>();
            for (IndicatorDeclaration d : indicators) {
                List<String> only = d.filters().get("activity");
                if (d.isSensitive() && only != null) {
                    only.stream().filter(a -> !fromIndicators.contains(a)).forEach(fromIndicators::add);
                }
            }
            return privacy.withSensitiveActivitiesIfUndeclared(fromIndicators);
        }

        private static String orElse(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }

        private List<String> names(String key, List<String> values) {
            if (values == null || values.isEmpty()) {
                error("/" + key, "required key \"" + key + "\" is missing or empty", "list at least one");
                return List.of();
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                if (v == null || v.isBlank()) {
                    error("/" + key + "/" + i, key + " entry " + (i + 1) + " is empty", null);
                } else if (!seen.add(v.strip().toLowerCase(java.util.Locale.ROOT))) {
                    error("/" + key + "/" + i, key + " lists \"" + v + "\" twice", null);
                }
            }
            return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        }

        private void checkIndicatorIds() {
            if (raw.indicators() == null) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < raw.indicators().size(); i++) {
                var d = raw.indicators().get(i);
                if (d == null) {
                    error("/indicators/" + i, "indicator " + (i + 1) + " is empty", null);
                } else if (d.id() == null || d.id().isBlank()) {
                    error("/indicators/" + i, "indicator " + (i + 1) + " has no id", null);
                } else if (!ids.add(d.id())) {
                    error("/indicators/" + i + "/id", "indicator id \"" + d.id() + "\" is declared twice", null);
                }
            }
        }
    }
}
