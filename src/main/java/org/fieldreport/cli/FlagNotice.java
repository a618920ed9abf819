package org.fieldreport.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Under {@code --fail-on flagged}, says on stderr what made the run exit 3, one line per reason, also under
 * {@code --quiet}: a monthly job that fails must say why without a second run.
 */
final class FlagNotice {

    private static final String UNCONVERTED = "unconverted expenses: ";

    private FlagNotice() {
    }

    /**
     * {@code flags} as a run's outcome lists them: a budget line's code (or "code (name)"), or
     * {@code "unconverted expenses: N"}; none at all means an expense was excluded for want of a rate.
     */
    static void print(PrintWriter err, String prefix, List<String> flags) {
        String head = "fieldreport: " + prefix + "exit 3 under --fail-on flagged: ";
        if (flags.isEmpty()) {
            err.println(head + "an expense could not be converted for want of an exchange rate (see the problems"
                    + " above)");
        }
        for (String flag : flags) {
            if (flag.startsWith(UNCONVERTED)) {
                String n = flag.substring(UNCONVERTED.length());
                err.println(head + n + (n.equals("1") ? " expense" : " expenses") + " could not be converted");
            } else {
                err.println(head + "budget line " + flag + " needs donor approval");
            }
        }
        err.flush();
    }
}
