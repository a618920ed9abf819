package org.fieldreport.render;

/** One problem in the provenance appendix: where (file:line:column), how bad, and the message. */
public record ProblemLine(String place, String severity, String message) {
}
