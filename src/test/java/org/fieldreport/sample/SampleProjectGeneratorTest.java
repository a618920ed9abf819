package org.fieldreport.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.fieldreport.app.LoadedProject;
import org.fieldreport.app.ProjectLoader;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.ExchangeRate;
import org.fieldreport.model.Expense;
import org.fieldreport.model.FundingKind;
import org.fieldreport.model.ProjectData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectGeneratorTest {

    private static final Path SAMPLE = Path.of("sample-data");

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleProjectGenerator.generate(first, 7, SampleScale.NATURAL);
        SampleProjectGenerator.generate(second, 7, SampleScale.NATURAL);

        for (String file : SampleProjectGenerator.FILES) {
            assertThat(second.resolve("data").resolve(file)).as(file)
                    .hasSameBinaryContentAs(first.resolve("data").resolve(file));
        }
    }

    @Test
    void anotherSeedWritesOtherAttendance(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleProjectGenerator.generate(first, 7, SampleScale.NATURAL);
        SampleProjectGenerator.generate(second, 8, SampleScale.NATURAL);

        assertThat(Files.mismatch(first.resolve("data/attendance.csv"), second.resolve("data/attendance.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void theCommittedSampleIsWhatTheDefaultSeedWrites(@TempDir Path dir) throws IOException {
        SampleProjectGenerator.generate(dir, SampleProjectGenerator.DEFAULT_SEED, SampleScale.NATURAL);

        for (String file : SampleProjectGenerator.FILES) {
            assertThat(dir.resolve("data").resolve(file))
                    .as(file + " (remake it with: fieldreport sample sample-data --force)")
                    .hasSameBinaryContentAs(SAMPLE.resolve("data").resolve(file));
        }
    }

    @Test
    void yearOneBudgetAndCommitmentsAreExactly45000(@TempDir Path dir) throws IOException {
        ProjectData data = load(dir, 11, SampleScale.NATURAL);

        BigDecimal budget = data.budget().stream().filter(b -> b.year() == 1)
                .map(b -> b.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal committed = data.funding().stream()
                .filter(f -> f.year() == 1 && f.kind() == FundingKind.COMMITMENT)
                .map(f -> f.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = data.funding().stream()
                .filter(f -> f.year() == 1 && f.kind() == FundingKind.RECEIPT)
                .map(f -> f.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(budget).isEqualTo(new BigDecimal("45000.00"));
        assertThat(committed).isEqualTo(new BigDecimal("45000.00"));
        assertThat(received).isEqualTo(new BigDecimal("45000.00"));
        assertThat(data.budget()).filteredOn(b -> b.year() == 1).extracting(BudgetLine::line)
                .contains("Sewing machines (3)");
    }

    @Test
    void everyReceiptPaysACommitmentOfTheSameDonor(@TempDir Path dir) throws IOException {
        ProjectData data = load(dir, 11, SampleScale.NATURAL);

        Set<String> commitments = new HashSet<>();
        data.funding().stream().filter(f -> f.kind() == FundingKind.COMMITMENT)
                .forEach(f -> commitments.add(f.donor() + "|" + f.reference()));
        assertThat(data.funding()).filteredOn(f -> f.kind() == FundingKind.RECEIPT)
                .allSatisfy(f -> assertThat(commitments).contains(f.donor() + "|" + f.reference()));
    }

    @Test
    void yearOneSpendingIsCloseToButUnderBudgetWithOneLineOverAndOneUnder(@TempDir Path dir) throws IOException {
        ProjectData data = load(dir, 11, SampleScale.NATURAL);

        Map<String, BigDecimal> spent = yearOneSpendingInDollars(data);
        BigDecimal total = spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(total).isBetween(new BigDecimal("41400"), new BigDecimal("44550")); // 92 % to 99 %
        assertThat(spent.get("P6")).isGreaterThan(new BigDecimal("2200")); // over its 2,000 by more than 10 %
        assertThat(spent.get("P7")).isLessThan(new BigDecimal("720")); // under its 800 by more than 10 %
        assertThat(data.expenses()).filteredOn(e -> e.amount().currency().equals("KHR"))
                .anySatisfy(e -> assertThat(e.fxRate()).isNotNull())
                .anySatisfy(e -> assertThat(e.fxRate()).isNull());
        assertThat(data.expenses()).filteredOn(e -> e.lineCode().equals("E1"))
                .singleElement().satisfies(e -> {
                    assertThat(e.description()).containsIgnoringCase("three sewing machines");
                    assertThat(e.amount().amount()).isEqualTo(new BigDecimal("1035.00"));
                });
    }

    @Test
    void yearOneHasRiverfrontOutreachFiveNightsAWeekAndAFewHundredChildren(@TempDir Path dir) throws IOException {
        ProjectData data = load(dir, 11, SampleScale.NATURAL);
        var project = data.project();

        long nights = data.nights().stream().filter(n -> project.yearOf(n.date()) == 1)
                .map(n -> n.date()).distinct().count();
        long children = data.attendance().records().stream().filter(a -> project.yearOf(a.date()) == 1)
                .map(Attendance::childCode).distinct().count();
        Set<String> activities = new HashSet<>();
        data.attendance().records().forEach(a -> activities.add(a.activity()));

        assertThat(nights).isBetween(250L, 261L);
        assertThat(children).isBetween(200L, 600L);
        assertThat(data.nights()).allSatisfy(n -> assertThat(n.girls() + n.boys()).isEqualTo(n.childrenContacted()));
        assertThat(activities).containsExactlyInAnyOrder("kids_club", "arts", "counselling", "prevention",
                "fashion");
        assertThat(data.attendance().records()).filteredOn(a -> a.activity().equals("fashion"))
                .allSatisfy(a -> assertThat(project.yearOf(a.date())).isEqualTo(2));
    }

    @Test
    void benchmarkScaleWritesExactlyTheRowsAskedForAndStillValidates(@TempDir Path dir) throws IOException {
        GeneratedSample written = SampleProjectGenerator.generate(dir, 3, new SampleScale(12_345, 678));
        Files.copy(SAMPLE.resolve("project.yaml"), dir.resolve("project.yaml"));
        LoadedProject loaded = ProjectLoader.load(dir);

        assertThat(written.rowsByFile()).containsEntry("attendance.csv", 12_345L).containsEntry("expenses.csv", 678L);
        assertThat(loaded.data().attendance().size()).isEqualTo(12_345);
        assertThat(loaded.data().expenses()).hasSize(678);
        assertThat(loaded.problems().all()).isEmpty();
    }

    private static ProjectData load(Path dir, long seed, SampleScale scale) throws IOException {
        SampleProjectGenerator.generate(dir, seed, scale);
        Files.copy(SAMPLE.resolve("project.yaml"), dir.resolve("project.yaml"));
        LoadedProject loaded = ProjectLoader.load(dir);
        assertThat(loaded.problems().all()).isEmpty();
        return loaded.data();
    }

    /** Converts each Year 1 expense at its row rate, or its month's rate, as the policy row_then_monthly says. */
    private static Map<String, BigDecimal> yearOneSpendingInDollars(ProjectData data) {
        Map<YearMonth, BigDecimal> monthly = new HashMap<>();
        for (ExchangeRate r : data.rates()) {
            monthly.put(r.month(), r.rate());
        }
        Map<String, BigDecimal> spent = new HashMap<>();
        for (Expense e : data.expenses()) {
            if (data.project().yearOf(e.date()) != 1) {
                continue;
            }
            BigDecimal usd = e.amount().amount();
            if (e.amount().currency().equals("KHR")) {
                BigDecimal rate = e.fxRate() != null ? e.fxRate() : monthly.get(YearMonth.from(e.date()));
                usd = usd.divide(rate, MathContext.DECIMAL64);
            }
            spent.merge(e.lineCode(), usd, BigDecimal::add);
        }
        return spent;
    }

}
