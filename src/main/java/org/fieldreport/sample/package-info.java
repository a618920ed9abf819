/** A deterministic generator of the Phnom Penh sample project's CSV files, scalable to benchmark sizes. */
package org.fieldreport.sample;
