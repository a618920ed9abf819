/**
 * Renderers: each turns results that are already computed into one output format, and never computes a figure.
 * This package holds the format-neutral {@link org.fieldreport.render.ReportView} (every figure already formatted)
 * that the PDF and HTML renderers draw, the bundled fonts, and the atomic {@link org.fieldreport.render.OutputFile}
 * writer every format uses.
 */
package org.fieldreport.render;
