/** Immutable records that every later stage reads: the project, its reporting periods and the typed rows of each input. */
package org.fieldreport.model;
