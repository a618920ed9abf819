package org.fieldreport.ingest;

/**
 * Receives the problems found in the declarations of project.yaml, one at a time: the JSON pointer of the key at
 * fault (which the reader turns into a line), what is wrong and how to fix it.
 */
@FunctionalInterface
interface DeclarationFindings {

    void error(String pointer, String message, String hint);
}
