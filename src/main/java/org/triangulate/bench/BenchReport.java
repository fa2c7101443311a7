package org.triangulate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a benchmark run found: the machine, and each figure with the baseline measured in the same run (when one
 * exists), their ratio, the goal and how it was measured. Serialised as is for {@code --json}.
 *
 * @param size    small, medium or large
 * @param machine where it ran
 * @param figures the figures, in the order they were measured
 * @param notes   how the run was done and what was left out
 */
public record BenchReport(String size, Machine machine, List<Figure> figures, List<String> notes) {

    /**
     * One measured figure.
     *
     * @param area     ingest, extraction, search, reopen, heap, claims
     * @param name     what was measured, in words
     * @param value    the figure
     * @param unit     its unit
     * @param baseline the same figure for the baseline, or null when there is none
     * @param baselineName what the baseline is
     * @param ratio    how the value compares with the baseline, or null; defined per figure (see {@code ratioMeaning})
     * @param ratioMeaning e.g. "value / baseline" or "baseline / value"
     * @param goal     the goal from the specification, or null
     * @param goalMet  whether the goal is met, or null when there is no goal
     * @param method   how it was measured
     */
    public record Figure(String area, String name, double value, String unit, Double baseline, String baselineName,
                         Double ratio, String ratioMeaning, String goal, Boolean goalMet, String method) {
    }

    /** The machine a run measured. */
    public record Machine(int cores, long memoryBytes, long maxHeapBytes, String cpu, String os, String jdk, String jvmArgs) {
    }

    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Triangulate benchmark, size %s%n", size));
        b.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %.1f GiB RAM, max heap %.1f GiB, %s, %s%n",
                machine.cores(), machine.cpu(), machine.memoryBytes() / 1073741824.0, machine.maxHeapBytes() / 1073741824.0,
                machine.os(), machine.jdk()));
        if (!machine.jvmArgs().isBlank()) {
            b.append("JVM flags: ").append(machine.jvmArgs()).append('\n');
        }
        b.append('\n');
        String header = String.format(Locale.ROOT, "%-10s %-52s %14s %-8s %14s %8s %-10s %s%n", "area", "figure", "value", "unit",
                "baseline", "ratio", "goal", "");
        b.append(header);
        b.append("-".repeat(header.length() - 1)).append('\n');
        for (Figure f : figures) {
            b.append(String.format(Locale.ROOT, "%-10s %-52s %14s %-8s %14s %8s %-10s %s%n", f.area(), f.name(),
                    number(f.value()), f.unit(), f.baseline() == null ? "-" : number(f.baseline()),
                    f.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", f.ratio()),
                    f.goal() == null ? "" : f.goal(), f.goalMet() == null ? "" : f.goalMet() ? "met" : "NOT MET"));
        }
        b.append("\nBaselines and methods:\n");
        List<String> seen = new ArrayList<>();
        for (Figure f : figures) {
            String line = "  " + f.area() + " / " + f.name() + ": " + f.method()
                    + (f.baselineName() == null ? "" : " Baseline: " + f.baselineName() + "; ratio = " + f.ratioMeaning() + ".");
            if (!seen.contains(f.method() + f.baselineName())) {
                seen.add(f.method() + f.baselineName());
                b.append(line).append('\n');
            }
        }
        if (!notes.isEmpty()) {
            b.append("\nNotes:\n");
            notes.forEach(n -> b.append("  ").append(n).append('\n'));
        }
        return b.toString();
    }

    private static String number(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
