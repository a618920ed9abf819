package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.fieldreport.model.PrivacySettings;
import org.junit.jupiter.api.Test;

class SecondarySuppressionTest {

    private static final SuppressionPolicy DONOR = new SuppressionPolicy(PrivacySettings.defaults(), Audience.DONOR);
    private static final SuppressionPolicy PUBLIC = new SuppressionPolicy(PrivacySettings.defaults(), Audience.PUBLIC);
    private static final SuppressionPolicy INTERNAL =
            new SuppressionPolicy(PrivacySettings.defaults(), Audience.INTERNAL);
    private static final SuppressionRule DONOR_PEOPLE = DONOR.rule(true, false);

    private static CountTable sitesBySex(long[][] counts, String... sites) {
        return CountTable.twoWay("site", List.of(sites), "sex", List.of("F", "M"), counts);
    }

    @Test
    void aTotalWithoutBreakdownsIsSuppressedOnItsOwn() {
        CountTable alone = CountTable.oneWayWithTotal("total", List.of(), new long[0], 3);

        SuppressedCells cells = LinkedTables.of(alone).suppress(DONOR_PEOPLE);

        assertThat(cells.cell(CellKey.TOTAL).text()).isEqualTo("<5");
        assertThat(cells.cell(CellKey.TOTAL).value()).isEmpty();
        assertThat(LinkedTables.of(CountTable.oneWayWithTotal("total", List.of(), new long[0], 12))
                .suppress(DONOR_PEOPLE).cell(CellKey.TOTAL).value()).hasValue(12);
    }

    @Test
    void oneSmallCellTakesItsComplementInARow() {
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C"), 3, 12, 20);
        LinkedTables linked = LinkedTables.of(sites);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(ShownGrid.of(cells.table(sites))).containsExactly(
                "A | <5",
                "B | [c]",
                "C | 20",
                "total | 35");
        assertThat(cells.state(CellKey.of("site", "A"))).isEqualTo(CellState.PRIMARY);
        assertThat(cells.state(CellKey.of("site", "B"))).isEqualTo(CellState.SECONDARY);
        assertNothingRecoverable(linked, cells, 35);
        assertThat(DisclosureCheck.possibleValues(linked, cells, 35)).containsExactly(
                Map.entry(CellKey.of("site", "A"), sorted(1, 2, 3, 4)),
                Map.entry(CellKey.of("site", "B"), sorted(11, 12, 13, 14)));
    }

    @Test
    void oneSmallCellInATwoByTwoTableHidesAllFourCellsButNoTotal() {
        CountTable table = sitesBySex(new long[][] {{3, 12}, {8, 20}}, "A", "B");
        LinkedTables linked = LinkedTables.of(table);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(ShownGrid.of(cells.table(table))).containsExactly(
                "A | <5 [c] | 15",
                "B | [c] [c] | 28",
                "total | 11 32 | 43");
        assertThat(cells.withState(CellState.PRIMARY)).containsExactly(CellKey.of("site", "A", "sex", "F"));
        assertNothingRecoverable(linked, cells, 43);
        assertThat(DisclosureCheck.possibleValues(linked, cells, 43).get(CellKey.of("site", "A", "sex", "F")))
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aColumnWithTwoSmallCellsNeedsNoMoreButEachRowDoes() {
        CountTable table = sitesBySex(new long[][] {{2, 10}, {3, 15}, {9, 14}}, "A", "B", "C");
        LinkedTables linked = LinkedTables.of(table);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        // Column F already holds two hidden cells; rows A and B each hold one, so M is hidden in both.
        assertThat(ShownGrid.of(cells.table(table))).containsExactly(
                "A | <5 [c] | 12",
                "B | <5 [c] | 18",
                "C | 9 14 | 23",
                "total | 14 39 | 53");
        assertNothingRecoverable(linked, cells, 53);
        assertThat(DisclosureCheck.possibleValues(linked, cells, 53).get(CellKey.of("site", "A", "sex", "F")))
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aChainNeedsASecondRound() {
        CountTable table = CountTable.twoWay("site", List.of("A", "B", "C"), "month", List.of("X", "Y", "Z"),
                new long[][] {{2, 11, 50}, {30, 20, 45}, {35, 12, 70}});
        LinkedTables linked = LinkedTables.of(table);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        // Round 1: row A hides A/Y (11), column X hides B/X (30), column Y then holds only A/Y and hides C/Y (12).
        // Round 2: row B now holds only B/X and hides B/Y (20); row C holds only C/Y and hides C/X (35).
        assertThat(ShownGrid.of(cells.table(table))).containsExactly(
                "A | <5 [c] 50 | 63",
                "B | [c] [c] 45 | 95",
                "C | [c] [c] 70 | 117",
                "total | 67 43 165 | 275");
        assertNothingRecoverable(linked, cells, 275);
        assertThat(DisclosureCheck.possibleValues(linked, cells, 275).get(CellKey.of("site", "A", "month", "Y")))
                .containsExactly(9L, 10L, 11L, 12L);
    }

    @Test
    void aSensitiveZeroIsHiddenInPublicOutput() {
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C"), 0, 25, 30);
        LinkedTables linked = LinkedTables.of(sites);

        SuppressedCells sensitive = linked.suppress(PUBLIC.rule(true, true));
        SuppressedCells plain = linked.suppress(PUBLIC.rule(true, false));

        assertThat(ShownGrid.of(sensitive.table(sites))).containsExactly(
                "A | <10",
                "B | [c]",
                "C | 30",
                "total | 55");
        assertNothingRecoverable(linked, sensitive, 55);
        assertThat(DisclosureCheck.possibleValues(linked, sensitive, 55).get(CellKey.of("site", "A")))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(ShownGrid.of(plain.table(sites))).containsExactly(
                "A | 0",
                "B | 25",
                "C | 30",
                "total | 55");
    }

    @Test
    void internalOutputHidesNothing() {
        CountTable table = sitesBySex(new long[][] {{3, 12}, {0, 1}}, "A", "B");

        SuppressedCells cells = LinkedTables.of(table).suppress(INTERNAL.rule(true, true));

        assertThat(ShownGrid.of(cells.table(table))).containsExactly(
                "A | 3 12 | 15",
                "B | 0 1 | 1",
                "total | 3 13 | 16");
        assertThat(cells.suppressed()).isEmpty();
    }

    @Test
    void nightsAndSessionsAreNeverHidden() {
        CountTable nights = CountTable.oneWay("site", List.of("A", "B"), 2, 14);

        for (SuppressionPolicy policy : List.of(DONOR, PUBLIC)) {
            SuppressedCells cells = LinkedTables.of(nights).suppress(policy.rule(false, true));
            assertThat(ShownGrid.of(cells.table(nights))).containsExactly("A | 2", "B | 14", "total | 16");
        }
    }

    @Test
    void aSmallCellAndAComplementAtTheThresholdGetAThirdCell() {
        // "<5" and "[c]" adding up to 6 could only be 1 and 5: the row's next cell is hidden too.
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C"), 1, 5, 100);
        LinkedTables linked = LinkedTables.of(sites);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(ShownGrid.of(cells.table(sites))).containsExactly(
                "A | <5",
                "B | [c]",
                "C | [c]",
                "total | 106");
        assertNothingRecoverable(linked, cells, 106);
    }

    @Test
    void twoOnesInALineAreGivenAwayByTheirSumSoAThirdCellIsHidden() {
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C"), 1, 1, 50);
        LinkedTables linked = LinkedTables.of(sites);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(ShownGrid.of(cells.table(sites))).containsExactly(
                "A | <5",
                "B | <5",
                "C | [c]",
                "total | 52");
        assertNothingRecoverable(linked, cells, 52);
    }

    @Test
    void aCellThatRowsAndColumnsCombinedGiveAwayIsProtected() {
        CountTable table = CountTable.twoWay("site", List.of("A", "B", "C"), "month", List.of("X", "Y", "Z"),
                new long[][] {{0, 10, 3}, {0, 2, 0}, {12, 20, 2}});
        LinkedTables linked = LinkedTables.of(table);

        SuppressedCells cells = linked.suppress(DONOR.rule(true, true));

        // The rule alone hides A/Y, C/X, X and A beside the "<10" cells, and every line then holds two
        // hidden cells; yet A/Z = A - A/Y, A = 49 - 34 - B, B = B/Y (row B's other cells are 0) and
        // B/Y = 32 - 20 - A/Y, so A/Z = 3. C/Y (20), the smallest shown cell of those four lines, is hidden too.
        assertThat(ShownGrid.of(cells.table(table))).containsExactly(
                "A | 0 [c] <10 | [c]",
                "B | 0 <10 0 | <10",
                "C | [c] [c] <10 | 34",
                "total | [c] 32 <10 | 49");
        assertNothingRecoverable(linked, cells, 49);
    }

    @Test
    void aCellThatTheRangesOfSeveralLinesPinDownIsProtected() {
        CountTable table = CountTable.twoWay("site", List.of("A", "B", "C"), "month", List.of("X", "Y", "Z"),
                new long[][] {{1, 5, 10}, {12, 35, 5}, {1, 3, 0}});
        LinkedTables linked = LinkedTables.of(table);

        SuppressedCells cells = linked.suppress(DONOR.rule(true, true));

        // After the rule, column X, row B and column Z give A/X + C/X + A/Z = 14 - 17 + 15 = 12, with A/Z a
        // secondary cell (at least 10) and A/X, C/X at least 1: all three are pinned. Hiding X (14), then Z (15)
        // for the totals row, still leaves the same sum through the totals row; no line through A/X has a shown
        // cell left, so the smallest shown cell of any line with a hidden cell, B/Y (35), is hidden.
        assertThat(ShownGrid.of(cells.table(table))).containsExactly(
                "A | <10 <10 [c] | [c]",
                "B | [c] [c] <10 | 52",
                "C | <10 <10 0 | <10",
                "total | [c] 43 [c] | 72");
        assertNothingRecoverable(linked, cells, 72);
    }

    @Test
    void zerosAreNeverChosenAsTheComplement() {
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C", "D"), 3, 0, 0, 40);
        LinkedTables linked = LinkedTables.of(sites);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(ShownGrid.of(cells.table(sites))).containsExactly(
                "A | <5",
                "B | 0",
                "C | 0",
                "D | [c]",
                "total | 43");
        assertNothingRecoverable(linked, cells, 43);
    }

    @Test
    void tiesGoToTheEarlierCell() {
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C"), 12, 2, 12);

        SuppressedCells cells = LinkedTables.of(sites).suppress(DONOR_PEOPLE);

        assertThat(ShownGrid.of(cells.table(sites))).containsExactly("A | [c]", "B | <5", "C | 12", "total | 26");
    }

    @Test
    void sensitiveFiguresUseTheHigherThresholdInDonorOutput() {
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C"), 7, 12, 30);

        SuppressedCells cells = LinkedTables.of(sites).suppress(DONOR.rule(true, true));

        assertThat(ShownGrid.of(cells.table(sites))).containsExactly("A | <10", "B | [c]", "C | 30", "total | 49");
    }

    @Test
    void linkedTablesHideTheSameFigureInEveryTable() {
        CountTable bySiteAndMonth = CountTable.twoWay("site", List.of("A", "B", "C"), "month",
                List.of("Jan", "Feb"), new long[][] {{1, 2}, {20, 30}, {25, 40}});
        CountTable bySite = CountTable.oneWay("site", List.of("A", "B", "C"), 3, 50, 65);
        CountTable byMonth = CountTable.oneWay("month", List.of("Jan", "Feb"), 46, 72);
        LinkedTables linked = LinkedTables.of(bySiteAndMonth, bySite, byMonth);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(ShownGrid.of(cells.table(bySiteAndMonth))).containsExactly(
                "A | <5 <5 | <5",
                "B | [c] [c] | [c]",
                "C | 25 40 | 65",
                "total | 46 72 | 118");
        assertThat(ShownGrid.of(cells.table(bySite))).containsExactly(
                "A | <5",
                "B | [c]",
                "C | 65",
                "total | 118");
        assertThat(ShownGrid.of(cells.table(byMonth))).containsExactly("Jan | 46", "Feb | 72", "total | 118");
        assertNothingRecoverable(linked, cells, 118);
    }

    @Test
    void twoBreakdownsSharingSiteTotalsHideTheSameTotalsAndProtectThemInBoth() {
        CountTable bySiteAndMonth = CountTable.twoWay("site", List.of("A", "B", "C"), "month",
                List.of("Jan", "Feb"), new long[][] {{1, 2}, {20, 30}, {25, 40}});
        CountTable bySiteAndSex = CountTable.twoWay("site", List.of("A", "B", "C"), "sex",
                List.of("F", "M"), new long[][] {{1, 2}, {15, 35}, {30, 35}});
        LinkedTables linked = LinkedTables.of(bySiteAndMonth, bySiteAndSex);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        // Site B's total is hidden to protect site A's; were B's sexes shown, they would add up to it.
        // Column M then holds one hidden cell, and of its two 35s the earlier one (site B) is hidden.
        assertThat(ShownGrid.of(cells.table(bySiteAndMonth))).containsExactly(
                "A | <5 <5 | <5",
                "B | [c] [c] | [c]",
                "C | 25 40 | 65",
                "total | 46 72 | 118");
        assertThat(ShownGrid.of(cells.table(bySiteAndSex))).containsExactly(
                "A | <5 <5 | <5",
                "B | [c] [c] | [c]",
                "C | 30 35 | 65",
                "total | 46 72 | 118");
        assertNothingRecoverable(linked, cells, 118);
    }

    @Test
    void aBreakdownOfAlmostOnlySmallCountsThatCannotBeProtectedSaysSo() {
        CountTable bySiteAndMonth = CountTable.twoWay("site", List.of("A", "B", "C"), "month",
                List.of("Jan", "Feb"), new long[][] {{7, 4}, {5, 1}, {7, 0}});
        CountTable bySiteAndSex = CountTable.twoWay("site", List.of("A", "B", "C"), "sex",
                List.of("F", "M"), new long[][] {{1, 10}, {2, 4}, {1, 6}});
        LinkedTables linked = LinkedTables.of(bySiteAndMonth, bySiteAndSex);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        // Every figure is hidden, yet site B is "<5" + "<5" by sex and "[c]" (at least 5) + "<5" by month, and the
        // columns tie the rest down: the reader can still work out B = 6. The caller must drop these breakdowns.
        assertThat(ShownGrid.of(cells.table(bySiteAndSex))).containsExactly(
                "A | <5 [c] | [c]",
                "B | <5 <5 | [c]",
                "C | <5 [c] | [c]",
                "total | <5 [c] | [c]");
        assertThat(cells.protectsEveryFigure()).isFalse();
        assertThat(cells.recoverable()).contains(CellKey.of("site", "B"));
        assertThat(DisclosureCheck.possibleValues(linked, cells, 60).get(CellKey.of("site", "B")))
                .containsExactly(6L);
    }

    @Test
    void distinctCountsWhoseTotalIsNotTheSumStillHideTwoCells() {
        // A child seen at both sites counts once in the total: 3 + 20 > 21.
        CountTable children = CountTable.oneWayWithTotal("site", List.of("A", "B", "C"), new long[] {3, 20, 30},
                50);
        LinkedTables linked = LinkedTables.of(children);

        SuppressedCells cells = linked.suppress(DONOR_PEOPLE);

        assertThat(linked.lines()).extracting(Line::additive).containsExactly(false);
        assertThat(ShownGrid.of(cells.table(children))).containsExactly(
                "A | <5", "B | [c]", "C | 30", "total | 50");
        DisclosureCheck.requireSafe(linked, cells);
    }

    @Test
    void shownCellsCarryTheirValueAndHiddenCellsDoNot() {
        CountTable sites = CountTable.oneWay("site", List.of("A", "B", "C"), 3, 12, 20);

        SuppressedTable table = LinkedTables.of(sites).suppress(DONOR_PEOPLE).table(sites);

        assertThat(table.row(0).value()).isEmpty();
        assertThat(table.row(1).value()).isEmpty();
        assertThat(table.row(2).value()).hasValue(20);
        assertThat(table.total().value()).hasValue(35);
    }

    @Test
    void aShareOfAHiddenCellIsHiddenWithIt() {
        CountTable table = sitesBySex(new long[][] {{3, 12}, {8, 20}}, "A", "B");

        SuppressedCells cells = LinkedTables.of(table).suppress(DONOR_PEOPLE);

        // "Share of girls at site B" = B/F over B: B/F (8) is a secondary cell, so the share would give it away.
        assertThat(cells.hidesDerivedFrom(CellKey.of("site", "B", "sex", "F"), CellKey.of("site", "B"))).isTrue();
        assertThat(cells.hidesDerivedFrom(CellKey.of("sex", "F"), CellKey.TOTAL)).isFalse();
    }

    @Test
    void linkedTablesMustAgreeOnTheirCommonFigures() {
        CountTable bySite = CountTable.oneWay("site", List.of("A", "B"), 3, 50);
        CountTable otherBySite = CountTable.oneWay("site", List.of("A", "B"), 4, 49);

        assertThatThrownBy(() -> LinkedTables.of(bySite, otherBySite))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("linked tables disagree on site=A");
    }

    private static void assertNothingRecoverable(LinkedTables linked, SuppressedCells cells, long ceiling) {
        assertThat(cells.protectsEveryFigure()).isTrue();
        assertThat(cells.recoverable()).isEmpty();
        assertThat(DisclosureCheck.linesWithOneHidden(linked, cells)).isEmpty();
        assertThat(DisclosureCheck.givenAway(linked, cells)).isEmpty();
        DisclosureCheck.requireSafe(linked, cells);
        Map<CellKey, SortedSet<Long>> possible = DisclosureCheck.possibleValues(linked, cells, ceiling);
        assertThat(possible.keySet()).containsExactlyElementsOf(cells.suppressed());
        possible.forEach((key, values) -> assertThat(values).as("possible values of %s", key).hasSizeGreaterThan(1));
    }

    private static SortedSet<Long> sorted(long... values) {
        SortedSet<Long> set = new TreeSet<>();
        for (long value : values) {
            set.add(value);
        }
        return set;
    }
}
