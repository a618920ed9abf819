/** Use cases the commands call: each wires ingest, indicators and render together and returns an outcome with an exit code. */
package org.fieldreport.app;
