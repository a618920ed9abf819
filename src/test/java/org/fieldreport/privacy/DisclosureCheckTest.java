package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fieldreport.model.PrivacySettings;
import org.junit.jupiter.api.Test;

class DisclosureCheckTest {

    private static final SuppressionRule DONOR_PEOPLE =
            SuppressionRule.of(PrivacySettings.defaults(), Audience.DONOR, true, false);

    /** A suppression chosen by hand, as a careless renderer might have done it. */
    private static SuppressedCells byHand(LinkedTables linked, CellState... states) {
        return new SuppressedCells(DONOR_PEOPLE, linked.system(), states);
    }

    @Test
    void aLoneSmallCellIsRecoveredFromItsTotal() {
        LinkedTables linked = LinkedTables.of(CountTable.oneWay("site", List.of("A", "B", "C"), 3, 12, 20));
        SuppressedCells primaryOnly = byHand(linked,
                CellState.PRIMARY, CellState.SHOWN, CellState.SHOWN, CellState.SHOWN);

        assertThat(DisclosureCheck.linesWithOneHidden(linked, primaryOnly)).extracting(Line::total)
                .containsExactly(CellKey.TOTAL);
        assertThat(DisclosureCheck.givenAway(linked, primaryOnly)).containsExactly(CellKey.of("site", "A"));
        assertThat(DisclosureCheck.possibleValues(linked, primaryOnly, 35).get(CellKey.of("site", "A")))
                .containsExactly(3L);
        assertThatThrownBy(() -> DisclosureCheck.requireSafe(linked, primaryOnly))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("suppression leaves figures recoverable: lines with one hidden cell [total],"
                        + " cells pinned down [site=A]");
    }

    @Test
    void twoHiddenCellsInEveryLineCanStillGiveACellAwayThroughTheirRanges() {
        // "<5" + "[c]" = 6, and a secondary cell is at least 5: both are pinned although the line holds two.
        LinkedTables linked = LinkedTables.of(CountTable.oneWay("site", List.of("A", "B", "C"), 1, 5, 100));
        SuppressedCells pair = byHand(linked,
                CellState.PRIMARY, CellState.SECONDARY, CellState.SHOWN, CellState.SHOWN);

        assertThat(DisclosureCheck.linesWithOneHidden(linked, pair)).isEmpty();
        assertThat(DisclosureCheck.givenAway(linked, pair))
                .containsExactly(CellKey.of("site", "A"), CellKey.of("site", "B"));
        assertThat(DisclosureCheck.possibleValues(linked, pair, 106).get(CellKey.of("site", "A")))
                .containsExactly(1L);
    }

    @Test
    void everyHiddenCellOfATwoByTwoBlockKeepsFourPossibleValues() {
        // One "<5" and three secondary cells: each could take any of four values, all consistent with every total.
        CountTable table = CountTable.twoWay("site", List.of("A", "B"), "sex", List.of("F", "M"),
                new long[][] {{3, 12}, {8, 20}});
        LinkedTables linked = LinkedTables.of(table);
        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(DisclosureCheck.possibleValues(linked, cells, 43)).hasSize(4)
                .allSatisfy((key, values) -> assertThat(values).hasSize(4));
    }
}
