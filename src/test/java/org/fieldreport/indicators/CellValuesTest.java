package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts and first days per cell and value, the same whether kept in tables or, for many cells, in a map. */
class CellValuesTest {

    private static List<String> met(CellValues values) {
        List<String> met = new ArrayList<>();
        values.forEach((cell, held) -> met.add(cell + ":" + held));
        return met;
    }

    private static void addRows(CellValues values) {
        values.addOne(1, 7);
        values.addOne(1, 7);
        values.addOne(0, 7);
        values.addOne(9, 999_999);
    }

    @Test
    void countsPerCellAndValue() {
        CellValues tables = new CellValues(10, 1_000_000, 0, 10_000_000); // 10M ints: no more than the rows
        CellValues map = new CellValues(10, 1_000_000, 0, 10); // 10M ints for 10 rows: the pairs met only
        addRows(tables);
        addRows(map);

        assertThat(met(tables)).containsExactlyInAnyOrder("1:2", "0:1", "9:1");
        assertThat(met(map)).containsExactlyInAnyOrder("1:2", "0:1", "9:1");
    }

    @Test
    void theLeastIsKept() {
        for (CellValues first : List.of(new CellValues(3, 10, Integer.MAX_VALUE, 100),
                new CellValues(3, 10_000_000, Integer.MAX_VALUE, 100))) {
            first.keepLeast(2, 5, 17_900);
            first.keepLeast(2, 5, 17_800);
            first.keepLeast(2, 5, 17_850);
            first.keepLeast(0, 5, 18_000);

            assertThat(met(first)).containsExactlyInAnyOrder("2:17800", "0:18000");
        }
    }
}
