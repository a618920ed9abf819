/** Pure functions from accepted rows and a reporting period to results: the indicator table and its periods. */
package org.fieldreport.indicators;
