package org.fieldreport.render;

/**
 * The report's last words before the appendix: the officer's closing words and who signs, each empty when the
 * project declares none.
 *
 * @param closing the closing words, for example the thanks to supporters
 * @param name    the signatory's name
 * @param role    the signatory's role
 */
public record SignOff(String closing, String name, String role) {

    /** A report without closing words or signatory. */
    public static SignOff none() {
        return new SignOff("", "", "");
    }
}
