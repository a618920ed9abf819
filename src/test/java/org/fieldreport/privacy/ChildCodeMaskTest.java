package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCodeMaskTest {

    private final ChildCodeMask learned = ChildCodeMask.of(null, List.of("RF-0001", "SMC-0142"), List.of());

    @Test
    void masksACodeNoRowNamesByTheShapeOfTheCodesThatDo() {
        assertThat(learned.mask("Emergency support for SMC-0901")).isEqualTo("Emergency support for [child code]");
        assertThat(learned.mask("area \"rf-0999\" is not in the project")).isEqualTo(
                "area \"[child code]\" is not in the project");
        assertThat(learned.mask("headers found: 2018-12-04, Riverfront, kids_club, RF-0001, F, 8")).isEqualTo(
                "headers found: 2018-12-04, Riverfront, kids_club, [child code], F, 8");
    }

    @Test
    void leavesTokensOfAnotherShapeAlone() {
        String clean = "PV-2018-0001, HCF-GA-2018-031, SMC-KC-2018-12-01, Y1-Q3, SHA-256, RF-001, 2019-01-05, KHM-P01";
        assertThat(learned.mask(clean)).isEqualTo(clean);
        assertThat(learned.masks(clean)).isFalse();
    }

    @Test
    void theDeclaredShapeMasksWhereverItMatchesInAnyCase() {
        ChildCodeMask declared = ChildCodeMask.of("(RF|SMC)-[0-9]{4}", List.of(), List.of());
        assertThat(declared.mask("for smc-0901 and xRF-1234y")).isEqualTo("for [child code] and x[child code]y");
        assertThat(declared.mask("PV-2018-0001")).isEqualTo("PV-2018-0001");
    }

    @Test
    void aRefusedRowTeachesItsCodeOnlyWhenItIsShapedLikeOne() {
        ChildCodeMask mask = ChildCodeMask.of(null, List.of(), List.of("BKK-0007", "F", "9", "2019-01-05"));
        assertThat(mask.mask("fees for BKK-0007 and TKK-1234")).isEqualTo("fees for [child code] and [child code]");
        assertThat(mask.mask("F 9 girls on 2019-01-05")).isEqualTo("F 9 girls on 2019-01-05");
    }

    @Test
    void codesWithoutDigitsAreMaskedOnlyAsThemselves() {
        ChildCodeMask mask = ChildCodeMask.of(null, List.of("ALPHA"), List.of());
        assertThat(mask.mask("alpha and BRAVO")).isEqualTo("[child code] and BRAVO");
    }

    @Test
    void learnsAtMostTwentyShapesAndSaysHowManyItLeft() {
        List<String> codes = new ArrayList<>();
        for (int digits = 3; digits < 25; digits++) {
            codes.add("A" + "1".repeat(digits));
        }
        ChildCodeMask mask = ChildCodeMask.of(null, codes, List.of());
        assertThat(mask.unlearned()).isEqualTo(2);
        assertThat(mask.mask("B" + "2".repeat(5))).isEqualTo("[child code]");
        assertThat(ChildCodeMask.none().mask("SMC-0142")).isEqualTo("SMC-0142");
    }
}
