package org.fieldreport.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.fieldreport.sample.ChildRegister.Child;

/**
 * Writes the natural {@code attendance.csv}, one row per child per session: kids clubs at the Riverfront on Monday,
 * Wednesday and Friday and at Stung Mean Chey on Tuesday, Thursday and Saturday; the weekly arts session at the Stung
 * Mean Chey arts centre on Wednesday; counselling there on Monday and Thursday (one child alone, then a small group);
 * one prevention day per quarter with children from both sites; and, from February 2020, the fashion programme on
 * Saturdays. Clubs close on public holidays.
 */
final class AttendanceWriter {

    static final String RIVERFRONT = "Riverfront";
    static final String STUNG_MEAN_CHEY = "Stung Mean Chey";

    private static final YearMonth FASHION_LAUNCH = YearMonth.of(2020, 2);

    private final SplittableRandom random;
    private final ChildRegister riverfront;
    private final ChildRegister stungMeanChey;

    AttendanceWriter(SplittableRandom random) {
        this.random = random;
        this.riverfront = ChildRegister.of("RF", 80, 110, 5, random.split());
        this.stungMeanChey = ChildRegister.of("SMC", 90, 130, 12, random.split());
    }

    long write(Path file) throws IOException {
        Set<LocalDate> prevention = Set.copyOf(SampleCalendar.preventionDays());
        try (CsvFileWriter csv = new CsvFileWriter(file, "date", "site", "activity", "session", "child_code", "sex",
                "age")) {
            for (LocalDate day : SampleCalendar.days()) {
                if (SampleCalendar.clubsClosed(day)) {
                    continue;
                }
                DayOfWeek dow = day.getDayOfWeek();
                if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.FRIDAY) {
                    kidsClub(csv, day, RIVERFRONT, "RF", riverfront);
                }
                if (dow == DayOfWeek.TUESDAY || dow == DayOfWeek.THURSDAY || dow == DayOfWeek.SATURDAY) {
                    kidsClub(csv, day, STUNG_MEAN_CHEY, "SMC", stungMeanChey);
                }
                if (dow == DayOfWeek.WEDNESDAY) {
                    arts(csv, day);
                }
                if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY) {
                    counselling(csv, day);
                }
                if (prevention.contains(day)) {
                    prevention(csv, day);
                }
                if (dow == DayOfWeek.SATURDAY && !YearMonth.from(day).isBefore(FASHION_LAUNCH)) {
                    fashion(csv, day);
                }
            }
            return csv.rows();
        }
    }

    private void kidsClub(CsvFileWriter csv, LocalDate day, String site, String prefix, ChildRegister register)
            throws IOException {
        String session = prefix + "-KC-" + day;
        for (Child c : register.activeOn(day)) {
            if (random.nextInt(100) < c.clubChance()) {
                row(csv, day, site, "kids_club", session, c);
            }
        }
    }

    private void arts(CsvFileWriter csv, LocalDate day) throws IOException {
        String session = "SMC-AR-" + day;
        for (Child c : stungMeanChey.activeOn(day)) {
            if (c.arts() && random.nextInt(100) < 40) {
                row(csv, day, STUNG_MEAN_CHEY, "arts", session, c);
            }
        }
    }

    private void counselling(CsvFileWriter csv, LocalDate day) throws IOException {
        List<Child> caseload = new ArrayList<>();
        for (ChildRegister register : List.of(riverfront, stungMeanChey)) {
            register.activeOn(day).stream().filter(Child::counselling).forEach(caseload::add);
        }
        int wanted = 1 + random.nextInt(2, 5);
        List<Child> seen = new ArrayList<>();
        while (seen.size() < wanted && seen.size() < caseload.size()) {
            Child c = caseload.get(random.nextInt(caseload.size()));
            if (!seen.contains(c)) {
                seen.add(c);
            }
        }
        for (int i = 0; i < seen.size(); i++) {
            String session = "SMC-CO-" + day + (i == 0 ? "-1" : "-2");
            row(csv, day, STUNG_MEAN_CHEY, "counselling", session, seen.get(i));
        }
    }

    private void prevention(CsvFileWriter csv, LocalDate day) throws IOException {
        String session = "SMC-PR-" + day;
        for (Child c : riverfront.activeOn(day)) {
            if (random.nextInt(100) < 15) {
                row(csv, day, STUNG_MEAN_CHEY, "prevention", session, c);
            }
        }
        for (Child c : stungMeanChey.activeOn(day)) {
            if (random.nextInt(100) < 50) {
                row(csv, day, STUNG_MEAN_CHEY, "prevention", session, c);
            }
        }
    }

    private void fashion(CsvFileWriter csv, LocalDate day) throws IOException {
        String session = "SMC-FA-" + day;
        for (Child c : stungMeanChey.activeOn(day)) {
            if (c.fashion() && random.nextInt(100) < 70) {
                row(csv, day, STUNG_MEAN_CHEY, "fashion", session, c);
            }
        }
    }

    private static void row(CsvFileWriter csv, LocalDate day, String site, String activity, String session, Child c)
            throws IOException {
        csv.row(day, site, activity, session, c.code(), c.sex(), c.age());
    }
}
