package org.fieldreport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A fish completion script written from the command model, as picocli's {@code AutoComplete} writes bash's: every
 * subcommand with its description, and for each its options (short and long names, whether they take a value, the
 * values an enum or a fixed list allows, files and folders where the value is a path).
 */
final class FishCompletion {

    private FishCompletion() {
    }

    static String script(CommandSpec root) {
        String name = root.name();
        StringBuilder s = new StringBuilder("# fish completion for ").append(name)
                .append(", generated from its command definitions: ").append(name).append(" completion fish | source\n");
        s.append("complete -c ").append(name).append(" -f\n");
        List<String> subcommands = new ArrayList<>();
        for (CommandLine sub : root.subcommands().values()) {
            if (!subcommands.contains(sub.getCommandName())) {
                subcommands.add(sub.getCommandName());
            }
        }
        for (String sub : subcommands) {
            CommandSpec spec = root.subcommands().get(sub).getCommandSpec();
            s.append("complete -c ").append(name).append(" -n __fish_use_subcommand -a ").append(sub)
                    .append(" -d ").append(quoted(firstSentence(spec.usageMessage().description()))).append('\n');
        }
        for (OptionSpec option : root.options()) {
            s.append(line(name, "__fish_use_subcommand", option));
        }
        for (String sub : subcommands) {
            CommandSpec spec = root.subcommands().get(sub).getCommandSpec();
            String when = "'__fish_seen_subcommand_from " + sub + "'";
            for (OptionSpec option : spec.options()) {
                if (!option.hidden()) {
                    s.append(line(name, when, option));
                }
            }
            if (!spec.positionalParameters().isEmpty()) {
                CommandLine.Model.PositionalParamSpec p = spec.positionalParameters().get(0);
                if (p.completionCandidates() != null) {
                    s.append("complete -c ").append(name).append(" -n ").append(when).append(" -a ")
                            .append(quoted(String.join(" ", p.completionCandidates()))).append('\n');
                } else if (Path.class.isAssignableFrom(p.auxiliaryTypes()[0])) {
                    s.append("complete -c ").append(name).append(" -n ").append(when).append(" -F\n");
                }
            }
        }
        return s.toString();
    }

    private static String line(String command, String when, OptionSpec option) {
        StringBuilder s = new StringBuilder("complete -c ").append(command).append(" -n ").append(when);
        for (String n : option.names()) {
            s.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
        }
        if (option.arity().max() > 0) {
            if (option.completionCandidates() != null) {
                s.append(" -x -a ").append(quoted(String.join(" ", option.completionCandidates())));
            } else if (Path.class.isAssignableFrom(option.type())
                    || Path.class.isAssignableFrom(option.auxiliaryTypes()[0])) {
                s.append(" -r -F");
            } else {
                s.append(" -x");
            }
        }
        return s.append(" -d ").append(quoted(firstSentence(option.description()))).append('\n').toString();
    }

    private static String firstSentence(String[] description) {
        // picocli descriptions are format strings: %n is a line break, %% a percent sign
        String text = String.join(" ", description).replace("%n", " ").replace("%%", "%").strip();
        int stop = text.indexOf(". ");
        return (stop < 0 ? text : text.substring(0, stop)).replaceAll("[.:]$", "");
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
