package org.fieldreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A column of ints in blocks: what goes in comes out, one at a time or many at once across blocks. */
class IntColumnTest {

    private static final int SIZE = 2 * IntColumn.BLOCK + 5;
    private static final IntColumn COLUMN = IntColumn.of(IntStream.range(0, SIZE).map(i -> i * 7 - 3).toArray());

    @Test
    void valuesReadBackByIndex() {
        assertThat(COLUMN.size()).isEqualTo(SIZE);
        assertThat(COLUMN.get(0)).isEqualTo(-3);
        assertThat(COLUMN.get(IntColumn.BLOCK)).isEqualTo(IntColumn.BLOCK * 7 - 3);
        assertThat(COLUMN.get(SIZE - 1)).isEqualTo((SIZE - 1) * 7 - 3);
        assertThatThrownBy(() -> COLUMN.get(SIZE)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> COLUMN.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aCopyMayCrossBlocks() {
        int from = IntColumn.BLOCK - 3;
        int[] copied = new int[IntColumn.BLOCK + 6];
        COLUMN.copy(from, copied.length, copied);

        assertThat(copied).containsExactly(IntStream.range(from, from + copied.length).map(i -> i * 7 - 3).toArray());
        assertThatThrownBy(() -> COLUMN.copy(SIZE - 2, 3, new int[3])).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
