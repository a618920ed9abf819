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

    @Test
    void aTableTooWideBreaksItsHeadersThenLeavesOutTheNamedColumnsInOrderAndSaysWhich() {
        TextTable t = new TextTable(List.of("line", "budget", "% of year", "KHR booked", "flags"), 1, 2, 3);
        t.row("P1 Night outreach", "9,600.00", "100.00 %", "1,234,000", "needs donor approval");
        assertThat(t.render(70, List.of("% of year", " booked"))).isEqualTo("""
                                                 % of        KHR
                line                 budget      year     booked  flags
                -----------------  --------  --------  ---------  --------------------
                P1 Night outreach  9,600.00  100.00 %  1,234,000  needs donor approval
                """);
        assertThat(t.render(61, List.of("% of year", " booked"))).isEqualTo("""
                                                   KHR
                line                 budget     booked  flags
                -----------------  --------  ---------  --------------------
                P1 Night outreach  9,600.00  1,234,000  needs donor approval
                (left out to fit 61 columns: % of year; --wide shows every
                    column)
                """);
        assertThat(t.render(52, List.of("% of year"))).startsWith("""
                                                   KHR
                line                 budget     booked  flags
                -----------------  --------  ---------  ------------
                P1 Night outreach  9,600.00  1,234,000  needs donor
                                                        approval
                """);
        assertThat(t.render(200, List.of("% of year"))).isEqualTo(t.render());
    }

    @Test
    void aLongNoteIsBrokenAfterACommaWithAHangingIndent() {
        TextTable t = new TextTable(List.of("id", "actual"), 1);
        t.row("nights", "258");
        t.note("    by month: December 2018: 21, January 2019: 23, February 2019: 20, March 2019: 22");
        assertThat(t.render(50, List.of())).endsWith("""
                    by month: December 2018: 21, January 2019: 23,
                        February 2019: 20, March 2019: 22
                """);
    }
}
