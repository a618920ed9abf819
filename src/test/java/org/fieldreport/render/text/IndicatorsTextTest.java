package org.fieldreport.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.fieldreport.app.IndicatorReport;
import org.junit.jupiter.api.Test;

class IndicatorsTextTest {

    private static String render(boolean colour) {
        IndicatorReport r = IndicatorReport.of(Path.of("src/test/resources/projects/april"), "Y1",
                LocalDate.of(2021, 5, 1), org.fieldreport.privacy.Audience.INTERNAL);
        return IndicatorsText.render(r.published(), colour);
    }

    @Test
    void statusIsColouredOnlyWhenAsked() {
        String coloured = render(true);
        assertThat(coloured).contains("\u001B[31mred\u001B[0m", "\u001B[32mgreen\u001B[0m");
        String plain = render(false);
        assertThat(plain).doesNotContain("\u001B");
        // colour codes do not shift the columns: without them both renderings are the same text
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void proRatedTargetsAreMarked() {
        IndicatorReport r = IndicatorReport.of(Path.of("src/test/resources/projects/april"), "Y1-Q4",
                LocalDate.of(2021, 5, 1), org.fieldreport.privacy.Audience.INTERNAL);
        String text = IndicatorsText.render(r.published(), false);
        // a distinct count has only a yearly target: a quarter shows it with no target, % or status
        String row = text.lines().filter(l -> l.startsWith("football_players")).findFirst().orElseThrow();
        assertThat(row).matches("football_players +Football players +1 *").doesNotContain("*").doesNotContain("%");
        assertThat(text).doesNotContain("* target pro-rated by days from the yearly target\n");
    }
}
