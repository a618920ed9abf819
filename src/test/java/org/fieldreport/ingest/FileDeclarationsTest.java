package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.InputKind;
import org.junit.jupiter.api.Test;

/** The {@code files} of project.yaml: each setting checked against its key, and the delimiter read as meant. */
class FileDeclarationsTest {

    private static InputFileSpec spec(String dateFormat, String delimiter) {
        return new InputFileSpec(null, Map.of(), dateFormat, delimiter, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void eachWrongSettingIsAProblemAtItsKeyAndTheRightOnesAreKept() {
        Map<String, InputFileSpec> declared = new LinkedHashMap<>();
        declared.put("attendance", spec("dd/MM/yyyy", "tab"));
        declared.put("outreach_nights", spec("dd/bb/yyyy", ";;"));
        declared.put("funding", spec(null, "\""));
        declared.put("expenses", null);
        List<String> found = new ArrayList<>();

        Map<InputKind, InputFileSpec> files = FileDeclarations.check(declared,
                (pointer, message, hint) -> found.add(pointer + ": " + message));

        assertThat(found).containsExactly(
                "/files/outreach_nights/date_format: date_format \"dd/bb/yyyy\" is not a date pattern",
                "/files/outreach_nights/delimiter: delimiter must be one character (or tab)",
                "/files/funding/delimiter: delimiter must be an ASCII character other than a quote");
        assertThat(files.keySet()).containsExactly(InputKind.OUTREACH_NIGHTS, InputKind.ATTENDANCE,
                InputKind.EXPENSES, InputKind.FUNDING);
        assertThat(files.get(InputKind.EXPENSES).path()).isEqualTo(InputKind.EXPENSES.defaultPath());
    }

    @Test
    void aTabMayBeWrittenThreeWaysAndNoDelimiterMeansSniffed() {
        assertThat(FileDeclarations.delimiter(spec(null, "tab"))).isEqualTo('\t');
        assertThat(FileDeclarations.delimiter(spec(null, "\\t"))).isEqualTo('\t');
        assertThat(FileDeclarations.delimiter(spec(null, "\t"))).isEqualTo('\t');
        assertThat(FileDeclarations.delimiter(spec(null, ";"))).isEqualTo(';');
        assertThat(FileDeclarations.delimiter(spec(null, null))).isNull();
    }
}
