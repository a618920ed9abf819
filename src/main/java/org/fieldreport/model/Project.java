package org.fieldreport.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project as declared in its project.yaml: who runs it, where, for whom, its project years, its sites and
 * activities, where its data lives and how its figures are declared. {@code folder} is the project folder the file
 * was read from; every relative path in the file is resolved against it.
 *
 * <p>A project year starts on {@code start} plus a whole number of {@code yearMonths}; "Year 1" is the first. The
 * project runs for {@code years} years; a date outside them belongs to no year. {@code status} holds the
 * thresholds that colour an indicator green, amber or red; {@code report} what the officer chose for the
 * report's first page and its sign-off.
 */
public record Project(
        Path folder,
        String code,
        String name,
        String shortName,
        String location,
        String partner,
        String funder,
        String currency,
        ZoneId timeZone,
        LocalDate start,
        int yearMonths,
        int years,
        List<String> sites,
        List<String> activities,
        Map<InputKind, InputFileSpec> files,
        ExchangeRateSettings exchangeRates,
        String narrative,
        String templates,
        List<String> workbookTemplates,
        List<IndicatorDeclaration> indicators,
        FinanceSettings finance,
        PrivacySettings privacy,
        List<Integer> ageBands,
        OutputSettings output,
        StatusThresholds status,
        ReportSettings report) {

    public Project {
        sites = List.copyOf(sites);
        activities = List.copyOf(activities);
        EnumMap<InputKind, InputFileSpec> all = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            InputFileSpec spec = files.get(kind);
            all.put(kind, spec == null ? InputFileSpec.defaultFor(kind) : spec.withDefaultPath(kind));
        }
        files = java.util.Collections.unmodifiableMap(all);
        indicators = List.copyOf(indicators);
        workbookTemplates = List.copyOf(workbookTemplates);
        ageBands = List.copyOf(ageBands);
        status = status == null ? StatusThresholds.defaults() : status;
        report = report == null ? ReportSettings.defaults() : report;
    }

    /** The default age bands: 0–5, 6–11, 12–14, 15–17 and 18+, given by their lower bounds. */
    public static final List<Integer> DEFAULT_AGE_BANDS = List.of(0, 6, 12, 15, 18);

    public InputFileSpec file(InputKind kind) {
        return files.get(kind);
    }

    public Path resolve(String relative) {
        return folder.resolve(relative).normalize();
    }

    /** First day of project year {@code n} (1-based). */
    public LocalDate yearStart(int n) {
        return start.plusMonths((long) (n - 1) * yearMonths);
    }

    /** The day after the last day of project year {@code n}. */
    public LocalDate yearEnd(int n) {
        return yearStart(n + 1);
    }

    /** The project year holding {@code date}, or 0 when the date is outside every project year. */
    public int yearOf(LocalDate date) {
        if (date.isBefore(start)) {
            return 0;
        }
        // whole months between the two months (the days do not count), then corrected by the days below
        long months = (date.getYear() - start.getYear()) * 12L + date.getMonthValue() - start.getMonthValue();
        int n = (int) (months / yearMonths) + 1;
        while (n > 1 && startsAfter(n, date)) {
            n--;
        }
        while (!startsAfter(n + 1, date)) {
            n++;
        }
        return n <= years ? n : 0;
    }

    /**
     * Whether project year {@code n} starts after {@code date}: {@code yearStart(n).isAfter(date)} without making the
     * date, since every row of a file asks. The day is capped at the month's length, as {@code plusMonths} does.
     */
    private boolean startsAfter(int n, LocalDate date) {
        long month = start.getYear() * 12L + start.getMonthValue() - 1 + (long) (n - 1) * yearMonths;
        long year = Math.floorDiv(month, 12);
        int monthOfYear = (int) Math.floorMod(month, 12) + 1;
        if (year != date.getYear()) {
            return year > date.getYear();
        }
        if (monthOfYear != date.getMonthValue()) {
            return monthOfYear > date.getMonthValue();
        }
        int day = Math.min(start.getDayOfMonth(), java.time.Month.of(monthOfYear).length(
                java.time.Year.isLeap(year)));
        return day > date.getDayOfMonth();
    }

    /** The last day the project covers (inclusive). */
    public LocalDate lastDay() {
        return yearEnd(years).minusDays(1);
    }
}
