/** Renderers: each turns results that are already computed into one output format, and never computes a figure. */
package org.fieldreport.render;
