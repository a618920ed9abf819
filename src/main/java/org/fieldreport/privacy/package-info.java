/**
 * Audiences and small-cell suppression: decides which counts of people each audience may see, hides the rest so
 * that no hidden figure can be worked out from totals, and scans outputs for child codes.
 */
package org.fieldreport.privacy;
