/**
 * Audiences and small-cell suppression, and the one gate between the engines and the renderers: decides which counts
 * of people each audience may see, hides the rest so that no hidden figure can be worked out from totals, and makes
 * the published content ({@link org.fieldreport.privacy.PublishedReport}, {@link
 * org.fieldreport.privacy.PublishedIndicators}, {@link org.fieldreport.privacy.PublishedBudget}) that is all a
 * renderer ever sees; also scans outputs for child codes.
 */
package org.fieldreport.privacy;
