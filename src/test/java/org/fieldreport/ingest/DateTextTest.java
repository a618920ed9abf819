package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private final DateText iso = new DateText(ZoneId.of("Asia/Phnom_Penh"), null);

    @Test
    void acceptsIsoDatesAndDateTimesBucketedInTheProjectZone() {
        assertThat(iso.parse("2019-03-04").date()).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(iso.parse("2020-02-29").date()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(iso.parse("2019-03-04T20:15:00+07:00").date()).isEqualTo(LocalDate.of(2019, 3, 4));
        // 23:30 UTC is 06:30 the next morning in Phnom Penh
        assertThat(iso.parse("2019-03-04T23:30:00Z").date()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(iso.parse("2019-03-04T23:30:00.000-05:00").date()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(iso.parse("2019-03-04 21:00").date()).isEqualTo(LocalDate.of(2019, 3, 4));
    }

    @Test
    void aNamedFormatWithATimeAndOffsetGivesTheDateInTheProjectZone() {
        DateText stripe = new DateText(ZoneId.of("Asia/Phnom_Penh"), "yyyy-MM-dd HH:mm:ss Z");
        // 15:40 at -07:00 is 22:40 UTC, 05:40 the next morning in Phnom Penh (UTC+7)
        assertThat(stripe.parse("2017-09-29 15:40:00 -0700").date()).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(stripe.parse("2017-09-29 08:00:00 +0700").date()).isEqualTo(LocalDate.of(2017, 9, 29));
        assertThat(stripe.parse("2017-09-29").date()).isEqualTo(LocalDate.of(2017, 9, 29)); // ISO still works
        assertThat(stripe.parse("29/09/2017 15:40").error())
                .isEqualTo("does not match the date format yyyy-MM-dd HH:mm:ss Z named in project.yaml");
        DateText dayFirst = new DateText(ZoneId.of("Africa/Nairobi"), "dd/MM/yyyy HH:mm");
        assertThat(dayFirst.parse("03/04/2019 23:50").date()).isEqualTo(LocalDate.of(2019, 4, 3));
    }

    @Test
    void refusesAmbiguousAndImpossibleDates() {
        assertThat(iso.parse("03/04/2019").error()).isEqualTo("is ambiguous: day and month order is unknown");
        assertThat(iso.parse("2019-02-29").error()).isEqualTo("is not a calendar date");
        assertThat(iso.parse("2019-11-31").error()).isEqualTo("is not a calendar date");
        assertThat(iso.parse("soon").error()).isEqualTo("is not a date");
    }

    @Test
    void usesANamedFormatOnlyWhenTheProjectNamesIt() {
        DateText dayFirst = new DateText(ZoneId.of("UTC"), "dd/MM/yyyy");
        assertThat(dayFirst.parse("03/04/2019").date()).isEqualTo(LocalDate.of(2019, 4, 3));
        assertThat(dayFirst.parse("31/02/2019").date()).isNull();
        DateText monthName = new DateText(ZoneId.of("UTC"), "d-MMM-yyyy");
        assertThat(monthName.parse("5-Mar-2019").date()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(monthName.parse("5-mar-2019").date()).isEqualTo(LocalDate.of(2019, 3, 5));
    }
}
