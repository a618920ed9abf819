/** Reads project.yaml and the CSV exports into typed model rows, reporting every rejected field as a problem. */
package org.fieldreport.ingest;
