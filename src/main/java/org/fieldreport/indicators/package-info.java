/** Pure functions from accepted rows and a reporting period to results; no CSV, FreeMarker or POI types here. */
package org.fieldreport.indicators;
