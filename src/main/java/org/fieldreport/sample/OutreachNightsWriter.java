package org.fieldreport.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes {@code outreach_nights.csv}: the riverfront night outreach, Tuesday to Saturday, one row per team per night.
 * Team A goes out every outreach night; Team B joins on the busy Friday and Saturday nights. Each team meets a small
 * group of children; interventions, disclosures and referrals are rare, a disclosure usually leading to a referral.
 */
final class OutreachNightsWriter {

    static final String AREA = "Riverfront";

    private static final List<String> QUIET_NOTES = List.of(
            "quiet night, heavy rain", "children selling flowers along the quay", "busy near the night market",
            "police patrol in the area, children moved on early", "group of younger children begging near the park",
            "handed out water and talked about the kids club", "followed up with a family met last week");

    private final SplittableRandom random;

    OutreachNightsWriter(SplittableRandom random) {
        this.random = random;
    }

    long write(Path file) throws IOException {
        try (CsvFileWriter csv = new CsvFileWriter(file, "date", "area", "team", "staff", "children_contacted",
                "new_children", "girls", "boys", "interventions", "disclosures", "referrals", "notes")) {
            for (LocalDate night : SampleCalendar.days()) {
                DayOfWeek day = night.getDayOfWeek();
                if (day == DayOfWeek.SUNDAY || day == DayOfWeek.MONDAY || SampleCalendar.nightTeamsRest(night)) {
                    continue;
                }
                team(csv, night, "Team A", 3, 4, 11);
                if (day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY) {
                    team(csv, night, "Team B", 2, 3, 8);
                }
            }
            return csv.rows();
        }
    }

    private void team(CsvFileWriter csv, LocalDate night, String team, int staff, int fewest, int most)
            throws IOException {
        boolean rainy = night.getMonthValue() >= Month.JUNE.getValue() && night.getMonthValue() <= Month.OCTOBER.getValue();
        int contacted = random.nextInt(fewest, most + 1) - (rainy ? random.nextInt(3) : 0);
        contacted = Math.max(1, contacted);
        int girls = 0;
        for (int i = 0; i < contacted; i++) {
            girls += random.nextInt(100) < 45 ? 1 : 0;
        }
        int newChildren = Math.min(contacted, random.nextInt(100) < 55 ? 0 : random.nextInt(1, 4));
        int interventions = random.nextInt(1000) < 25 ? 1 : 0;
        int disclosures = random.nextInt(1000) < 20 ? 1 : 0;
        int referrals = disclosures > 0 ? (random.nextInt(10) < 8 ? 1 : 0) : (random.nextInt(1000) < 8 ? 1 : 0);
        String notes = "";
        if (interventions > 0) {
            notes = "team stepped in when an adult tried to take a child away";
        } else if (disclosures > 0) {
            notes = "a child asked to talk privately; follow-up arranged";
        } else if (random.nextInt(100) < 12) {
            notes = QUIET_NOTES.get(random.nextInt(QUIET_NOTES.size()));
        }
        int crew = random.nextInt(100) < 10 ? staff - 1 : staff;
        csv.row(night, AREA, team, crew, contacted, newChildren, girls, contacted - girls, interventions,
                disclosures, referrals, notes);
    }
}
