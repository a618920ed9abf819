package org.fieldreport.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.ExchangeRateSettings;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.OutputSettings;
import org.fieldreport.model.PrivacySettings;
import org.fieldreport.model.ReportSettings;
import org.fieldreport.model.StatusThresholds;

/**
 * project.yaml exactly as written, key for key (snake_case in the file). {@link ProjectFileReader} checks it and turns
 * it into a {@link org.fieldreport.model.Project}; this record exists so that the file's shape is declared in one
 * place and an unknown key can be refused by name.
 */
record ProjectFile(
        String code,
        String name,
        String shortName,
        String location,
        String partner,
        String funder,
        String currency,
        String timeZone,
        LocalDate start,
        Integer yearMonths,
        Integer years,
        List<String> sites,
        List<String> activities,
        Map<String, InputFileSpec> files,
        ExchangeRateSettings exchangeRates,
        String narrative,
        String templates,
        List<String> workbookTemplates,
        List<IndicatorDeclaration> indicators,
        FinanceSettings finance,
        PrivacySettings privacy,
        List<Integer> ageBands,
        OutputSettings output,
        StatusThresholds status,
        ReportSettings report) {
}
