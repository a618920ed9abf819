package org.fieldreport.render.pdf;

import java.time.Instant;

/**
 * Everything a PDF's document information holds: the title, a subject (project code and period) and the instant
 * used as both creation and modification date. Nothing else: no producer, author, creator or keywords.
 */
public record PdfInfo(String title, String subject, Instant asOf) {
}
