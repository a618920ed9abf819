package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded fuzz of the sample project: each round mutates one of its files (a CSV export, project.yaml or
 * a narrative section) in a way hostile input does (bytes flipped or cut, control and bidirectional characters,
 * lone quotes, huge or odd values, lines doubled) and runs {@code validate}, and {@code report} every fourth round and for every narrative change.
 * Whatever the mutation, the tool never exits 5, never prints a stack trace, counts every row it read as accepted
 * or excluded, and leaves the inputs as they were. The seed is fixed, so a failure names a round that can be
 * replayed.
 */
class HostileFuzzTest {

    private static final long SEED = 15;
    private static final int ROUNDS = 32;
    private static final List<String> FILES = List.of("project.yaml", "data/outreach_nights.csv",
            "data/attendance.csv", "data/budget.csv", "data/expenses.csv", "data/funding.csv", "data/rates.csv",
            "narrative/02-update.md");
    private static final List<String> HOSTILE = List.of("\u0000", "\u202E", "\"", "\"\"\"", ",", ";", "\r", "\n",
            "\uFEFF", "\u00AD", "\u200B", "1e309", "-0", "NaN", "99999999999999999999999999", "+999999999-12-31",
            "2019-02-30", "\uFF19\uFF19", "${x}", "<#include \"/etc/passwd\">", "../../etc/passwd", "[", "{", "&", "*",
            "!!java.lang.Object", "- - - - - - - - - - - - - - - - - - - - - - - - x", ">>>>>>>>>>>>>>>>>>>>>>>>>x",
            "'", ":", "\t", "\\u0000", "x".repeat(5_000), "\uD800");

    @TempDir
    Path temp;

    @Test
    void hostileMutationsOfTheSampleNeverBreakTheTool() throws IOException {
        Random random = new Random(SEED);
        ObjectMapper json = new ObjectMapper();
        java.util.Set<Integer> exits = new java.util.TreeSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path project = copy(Path.of("sample-data"), temp.resolve("round-" + round));
            String file = FILES.get(random.nextInt(FILES.size()));
            String what = mutate(project.resolve(file), random);
            String before = snapshot(project);
            String context = "round " + round + ": " + file + " " + what;

            CliRun validate = CliRun.of("validate", project.toString(), "-f", "json");
            assertSane(validate, context);
            exits.add(validate.exitCode());
            if (validate.exitCode() != 2) {
                JsonNode files = json.readTree(validate.out()).get("files");
                for (JsonNode f : files) {
                    if (f.path("present").asBoolean()) {
                        assertThat(f.get("rows_read").asLong()).as(context + ": " + f.get("file"))
                                .isEqualTo(f.get("accepted").asLong() + f.get("excluded").asLong());
                    }
                }
            }
            if (round % 4 == 0 || file.startsWith("narrative")) {
                CliRun report = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                        "--format", "json,html", "--out", temp.resolve("out-" + round).toString(), "--quiet");
                assertSane(report, context + " (report)");
            }
            assertThat(snapshot(project)).as(context + ": inputs unchanged").isEqualTo(before);
        }
        assertThat(exits).as("the mutations reach the checks").contains(0, 1, 2);
    }

    private static void assertSane(CliRun run, String context) {
        assertThat(run.exitCode()).as(context + "\n" + run.err()).isNotEqualTo(5).isBetween(0, 4);
        assertThat(run.err()).as(context).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("internal error");
    }

    /** Applies one hostile change to {@code file} and says which. */
    private static String mutate(Path file, Random random) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int line = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
        switch (random.nextInt(6)) {
            case 0 -> {
                Files.writeString(file, text.substring(0, at) + hostile + text.substring(at), StandardCharsets.UTF_8);
                return "insert " + describe(hostile) + " at " + at;
            }
            case 1 -> {
                byte[] bytes = Files.readAllBytes(file);
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n && bytes.length > 0; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                Files.write(file, bytes);
                return "flip " + n + " bytes";
            }
            case 2 -> {
                Files.writeString(file, text.substring(0, at), StandardCharsets.UTF_8);
                return "truncate at " + at;
            }
            case 3 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(200));
                Files.writeString(file, text.substring(0, at) + text.substring(end), StandardCharsets.UTF_8);
                return "delete " + at + ".." + end;
            }
            case 4 -> {
                List<String> doubled = new java.util.ArrayList<>(lines);
                if (!lines.isEmpty()) {
                    doubled.add(line, lines.get(line));
                }
                Files.writeString(file, String.join("\n", doubled) + "\n", StandardCharsets.UTF_8);
                return "double line " + (line + 1);
            }
            default -> {
                List<String> changed = new java.util.ArrayList<>(lines);
                if (!lines.isEmpty()) {
                    String l = lines.get(line);
                    int cut = l.lastIndexOf(file.getFileName().toString().endsWith(".yaml") ? ':' : ',');
                    changed.set(line, (cut < 0 ? "" : l.substring(0, cut + 1) + " ") + hostile);
                }
                Files.writeString(file, String.join("\n", changed) + "\n", StandardCharsets.UTF_8);
                return "last value of line " + (line + 1) + " = " + describe(hostile);
            }
        }
    }

    private static String describe(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return out.toString();
    }

    private static String snapshot(Path dir) throws IOException {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                s.append(dir.relativize(f)).append(' ').append(sha(Files.readAllBytes(f))).append('\n');
            }
        }
        return s.toString();
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
