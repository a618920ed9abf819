package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCodeScanTest {

    private final ChildCodeScan scan = ChildCodeScan.of(List.of("SMC-0142", "BKK-0007", "PP 12/3", " "));

    @Test
    void findsACodeWhereverItStandsInText() {
        assertThat(scan.find("Children reached: 42 (SMC-0142 excluded).")).containsExactly("SMC-0142");
        assertThat(scan.find("<td>smc-0142</td>")).containsExactly("SMC-0142");
        assertThat(scan.find("file_SMC-0142_notes.csv and BKK-0007")).containsExactly("BKK-0007", "SMC-0142");
        assertThat(scan.find("case PP 12/3 closed")).containsExactly("PP 12/3");
    }

    @Test
    void findsACodeBesideTextBeyondAscii() {
        assertThat(scan.find("ថ្លៃពេទ្យ smc-0142, £12")).containsExactly("SMC-0142");
        assertThat(scan.find("Ærø xBKK-0007_")).containsExactly("BKK-0007");
        assertThat(scan.mask("medical fees for smc-0142 and SMC-0142")).isEqualTo(
                "medical fees for [child code] and [child code]");
    }

    @Test
    void findsNothingInCleanOutput() {
        assertThat(scan.find("SMC-014 and SMC 0142 and BKK-0070 reached 12 children")).isEmpty();
        assertThat(scan.find("")).isEmpty();
    }

    @Test
    void findsACodeInBytes() {
        byte[] bytes = "\u0000\u00ffxl/sharedStrings.xml<t>Stung Meanchey BKK-0007</t>".getBytes(
                StandardCharsets.UTF_8);

        assertThat(scan.find(bytes)).containsExactly("BKK-0007");
    }
}
