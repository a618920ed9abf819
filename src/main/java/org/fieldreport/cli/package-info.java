/** The picocli command line: option parsing and printing only; every decision is made in {@code app}. */
package org.fieldreport.cli;
