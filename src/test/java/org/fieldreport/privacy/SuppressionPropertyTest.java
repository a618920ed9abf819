package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import org.fieldreport.model.PrivacySettings;
import org.junit.jupiter.api.Test;

/** Many small made-up breakdowns, drawn from a fixed seed: none may leave a hidden figure recoverable. */
class SuppressionPropertyTest {

    private static final long[] VALUES = {0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 20, 35};

    @Test
    void noHiddenFigureCanBeWorkedOutInAnyOfSixHundredSmallTables() {
        Random random = new Random(20261128L);
        List<SuppressionRule> rules = List.of(
                SuppressionRule.of(PrivacySettings.defaults(), Audience.DONOR, true, false),
                SuppressionRule.of(PrivacySettings.defaults(), Audience.DONOR, true, true),
                SuppressionRule.of(PrivacySettings.defaults(), Audience.PUBLIC, true, true),
                SuppressionRule.of(PrivacySettings.defaults(), Audience.PUBLIC, true, false));
        for (int n = 0; n < 600; n++) {
            int rows = 2 + random.nextInt(2);
            int columns = 1 + random.nextInt(4);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = VALUES[random.nextInt(VALUES.length)];
                }
            }
            List<String> sites = List.of("A", "B", "C").subList(0, rows);
            CountTable table = columns == 1
                    ? CountTable.oneWay("site", sites, Arrays.stream(counts).mapToLong(row -> row[0]).toArray())
                    : CountTable.twoWay("site", sites, "month", List.of("W", "X", "Y", "Z").subList(0, columns),
                            counts);
            LinkedTables linked = LinkedTables.of(table);
            SuppressionRule rule = rules.get(n % rules.size());

            SuppressedCells cells = linked.suppress(rule);

            String what = "table " + n + " " + Arrays.deepToString(counts) + " under " + rule;
            long total = table.figures().get(CellKey.TOTAL);
            assertSafeOrSaysSo(linked, cells, total + 10, what);
        }
    }

    @Test
    void noHiddenFigureCanBeWorkedOutAcrossTwoBreakdownsSharingTheirSiteTotals() {
        Random random = new Random(7L);
        SuppressionRule rule = SuppressionRule.of(PrivacySettings.defaults(), Audience.DONOR, true, false);
        List<String> sites = List.of("A", "B", "C");
        for (int n = 0; n < 200; n++) {
            long[][] byMonth = new long[3][2];
            long[][] bySex = new long[3][2];
            for (int r = 0; r < 3; r++) {
                byMonth[r][0] = VALUES[random.nextInt(VALUES.length)];
                byMonth[r][1] = VALUES[random.nextInt(VALUES.length)];
                long siteTotal = byMonth[r][0] + byMonth[r][1];
                bySex[r][0] = siteTotal == 0 ? 0 : random.nextInt((int) siteTotal + 1);
                bySex[r][1] = siteTotal - bySex[r][0];
            }
            LinkedTables linked = LinkedTables.of(
                    CountTable.twoWay("site", sites, "month", List.of("Jan", "Feb"), byMonth),
                    CountTable.twoWay("site", sites, "sex", List.of("F", "M"), bySex));

            SuppressedCells cells = linked.suppress(rule);

            String what = "tables " + n + " " + Arrays.deepToString(byMonth) + " and "
                    + Arrays.deepToString(bySex);
            long total = linked.figures().get(CellKey.TOTAL);
            assertSafeOrSaysSo(linked, cells, total + 10, what);
        }
    }

    @Test
    void aYearOfSitesByMonthIsSuppressedSafely() {
        Random random = new Random(12L);
        List<String> sites = List.of("SMC", "BKK", "TTP", "CCV", "RSK");
        List<String> months = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");
        long[][] counts = new long[sites.size()][months.size()];
        for (long[] row : counts) {
            for (int c = 0; c < row.length; c++) {
                row[c] = VALUES[random.nextInt(VALUES.length)];
            }
        }
        CountTable table = CountTable.twoWay("site", sites, "month", months, counts);
        LinkedTables linked = LinkedTables.of(table);

        SuppressedCells cells = linked.suppress(SuppressionRule.of(PrivacySettings.defaults(), Audience.PUBLIC,
                true, true));

        assertThat(cells.withState(CellState.PRIMARY)).isNotEmpty();
        DisclosureCheck.requireSafe(linked, cells);
    }

    /**
     * Either the exhaustive search finds at least two possible values for every hidden cell, or the suppression
     * itself reports exactly the cells the search pins down (the caller then withholds the breakdown).
     */
    private static int assertSafeOrSaysSo(LinkedTables linked, SuppressedCells cells, long ceiling, String what) {
        Map<CellKey, SortedSet<Long>> possible = DisclosureCheck.possibleValues(linked, cells, ceiling);
        List<CellKey> pinned = possible.entrySet().stream().filter(e -> e.getValue().size() < 2)
                .map(Map.Entry::getKey).toList();
        assertThat(cells.recoverable()).as(what).containsExactlyInAnyOrderElementsOf(pinned);
        assertThat(cells.protectsEveryFigure()).as(what).isEqualTo(pinned.isEmpty());
        if (pinned.isEmpty()) {
            assertThat(DisclosureCheck.linesWithOneHidden(linked, cells)).as(what).isEmpty();
        }
        return pinned.size();
    }
}
