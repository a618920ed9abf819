/** Cross-row checks run after ingest (duplicates, unknown codes, dates outside the project), one class per check. */
package org.fieldreport.validate;
