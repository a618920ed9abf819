package org.fieldreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine a benchmark ran on: processor, cores, memory, Java. */
final class Machine {

    private Machine() {
    }

    static String describe() throws IOException {
        String cpu = "unknown processor";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        }
        long memory = Runtime.getRuntime().maxMemory();
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).orElse(memory);
        }
        return String.format("%s, %d cores, %.0f GiB RAM, %s %s, %s", cpu, Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name") + " "
                        + System.getProperty("os.version"));
    }
}
