package org.fieldreport.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void notesDoNotWidenColumnsAndColourDoesNotCount() {
        String table = new TextTable(List.of("id", "actual", "status"), 1)
                .row("a", "3", "\u001B[32mgreen\u001B[0m")
                .note("    by site: a very long line that must not widen the id column")
                .row("bb", "12", "red")
                .render();
        assertThat(table).isEqualTo("""
                id  actual  status
                --  ------  ------
                a        3  \u001B[32mgreen\u001B[0m
                    by site: a very long line that must not widen the id column
                bb      12  red
                """);
    }

    @Test
    void figuresAreGroupedByThousandsAndKeepTheirDecimals() {
        assertThat(Figures.of(new BigDecimal("1234567"))).isEqualTo("1,234,567");
        assertThat(Figures.of(new BigDecimal("4.60"))).isEqualTo("4.60");
        assertThat(Figures.of(new BigDecimal("-1234.5"))).isEqualTo("-1,234.5");
        assertThat(Figures.of(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Figures.of(null)).isEmpty();
    }
}
