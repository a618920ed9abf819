package org.fieldreport.render;

import java.util.List;
import java.util.Objects;
import org.fieldreport.privacy.NarrativeSection;

/**
 * Everything a report shows, already formatted: the format-neutral view that the PDF, HTML (and later other)
 * renderers draw. Built from the engines' results by the application layer; a renderer never computes a figure from
 * it, it only lays it out. Every string is final text (numbers formatted, rounding done, suppression applied).
 *
 * @param language   BCP 47 language tag of the text, for the HTML {@code lang} attribute (for example "en")
 * @param header     the block at the top of page one
 * @param narrative  the narrative sections, in reading order
 * @param results    the logframe results table
 * @param charts     the charts, in reading order
 * @param budget     budget against actual by heading
 * @param funding    funding status
 * @param provenance the appendix on data quality and provenance
 * @param marking    audience, confidentiality marking and footer text
 * @param glance     the headline figures shown at a glance on page one; may be empty
 * @param signOff    the closing words and signatory at the end of the body
 */
public record ReportView(String language, ReportHeader header, List<NarrativeSection> narrative,
        ResultsTable results, List<ChartView> charts, BudgetTable budget, FundingView funding,
        ProvenanceAppendix provenance, Marking marking, List<HeadlineFigure> glance, SignOff signOff) {

    public ReportView {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(header, "header");
        narrative = List.copyOf(narrative);
        Objects.requireNonNull(results, "results");
        charts = List.copyOf(charts);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(marking, "marking");
        glance = List.copyOf(glance);
        Objects.requireNonNull(signOff, "signOff");
    }
}
