/**
 * Renderers: each turns published content (made by the privacy package, already suppressed for its audience) into
 * one output format, and never computes a figure nor decides what an audience may see. This package lays a
 * {@link org.fieldreport.privacy.PublishedReport} out as the format-neutral
 * {@link org.fieldreport.render.ReportView} (every figure already formatted) that the PDF and HTML renderers draw,
 * and holds the bundled fonts and the atomic {@link org.fieldreport.render.OutputFile} writer every format uses.
 */
package org.fieldreport.render;
