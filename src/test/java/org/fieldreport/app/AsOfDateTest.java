package org.fieldreport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.junit.jupiter.api.Test;

class AsOfDateTest {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-06-30T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void explicitDateWinsOverEverything() {
        assertThat(AsOfDate.resolve(LocalDate.of(2019, 1, 15), "1546300800", CLOCK, PHNOM_PENH))
                .isEqualTo("2019-01-15");
    }

    @Test
    void sourceDateEpochIsReadInTheProjectTimeZone() {
        // 2018-12-31T20:00:00Z is already 1 January 2019 in Phnom Penh (UTC+7)
        assertThat(AsOfDate.resolve(null, "1546286400", CLOCK, PHNOM_PENH)).isEqualTo("2019-01-01");
        assertThat(AsOfDate.resolve(null, "1546286400", CLOCK, ZoneOffset.UTC)).isEqualTo("2018-12-31");
    }

    @Test
    void otherwiseTheClockInTheProjectTimeZone() {
        assertThat(AsOfDate.resolve(null, null, CLOCK, PHNOM_PENH)).isEqualTo("2019-07-01");
        assertThat(AsOfDate.resolve(null, " ", CLOCK, ZoneOffset.UTC)).isEqualTo("2019-06-30");
    }

    @Test
    void unreadableSourceDateEpochIsAUsageError() {
        assertThatThrownBy(() -> AsOfDate.resolve(null, "yesterday", CLOCK, PHNOM_PENH))
                .isInstanceOfSatisfying(FieldReportException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).isEqualTo("SOURCE_DATE_EPOCH \"yesterday\" is not a number of"
                            + " seconds since 1970-01-01; unset it or give --as-of yyyy-MM-dd");
                });
    }
}
