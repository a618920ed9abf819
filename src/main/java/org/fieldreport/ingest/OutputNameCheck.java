package org.fieldreport.ingest;

import org.fieldreport.model.OutputSettings;
import org.fieldreport.problem.Excerpt;

/**
 * Checks that the project's {@code code} and {@code output.pattern} make each output a single file name inside
 * {@code --out}: no folder separator, no drive letter, no control or bidirectional character, not {@code .} or {@code ..}, not a
 * hidden file. A project folder is untrusted input, and its name for a report must never reach another folder.
 */
final class OutputNameCheck {

    private OutputNameCheck() {
    }

    /** Reports a {@code code} or {@code output.pattern} that could not be a single file name. */
    static void check(String code, OutputSettings output, DeclarationFindings out) {
        if (code != null) {
            String fault = fault(code);
            if (fault != null) {
                out.error("/code", "code \"" + Excerpt.of(code, 60) + "\" cannot be part of an output file name: "
                        + fault,
                        "use letters, digits, '-' and '_', such as KHM-HPC-PSK-P01");
            }
        }
        if (output != null && output.pattern() != null) {
            String name = output.pattern().replace("{code}", "X").replace("{period}", "Y1")
                    .replace("{audience}", "donor");
            String fault = name.isBlank() ? "it is empty" : fault(name);
            if (fault != null) {
                out.error("/output/pattern", "output.pattern \"" + Excerpt.of(output.pattern(), 60)
                        + "\" must give one file name inside --out: " + fault,
                        "for example {code}_{period}_{audience}");
            }
        }
    }

    /** Why {@code name} is not a plain file name, or null when it is one. */
    static String fault(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                return "it holds the folder separator '" + c + "'";
            }
            if (c == ':') {
                return "it holds ':', which names a drive or stream on Windows";
            }
            if (Character.isISOControl(c) || InvisibleCharacters.isInvisible(c)) {
                return "it holds the invisible character " + InvisibleCharacters.describe(c);
            }
        }
        if (name.equals(".") || name.equals("..")) {
            return "it names a folder";
        }
        if (name.startsWith(".")) {
            return "it would start a hidden file with '.'";
        }
        return null;
    }
}
