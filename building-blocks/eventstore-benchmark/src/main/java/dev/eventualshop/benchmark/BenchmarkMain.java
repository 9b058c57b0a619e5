package dev.eventualshop.benchmark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the event store benchmark: creates a fresh database {@code bench_<timestamp>} on the local PostgreSQL,
 * runs every JMH benchmark of this module against it (ours and Axon's in the same run), prints the table of
 * figures against the targets, and drops the database.
 *
 * <p>Usage: {@code java -jar target/benchmarks.jar [include-regex]}. The server is chosen as in
 * {@link BenchDatabase}. System properties: {@code bench.quick=true} (1 short iteration each, for a smoke test), {@code bench.keepDb=true},
 * {@code bench.jvmArgs} (added to every forked JVM, e.g. {@code -XX:StartFlightRecording=...} to profile).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** One line of the table: a target, and the benchmark methods that measure ours and Axon's. */
    private record Row(String label, String target, double limit, boolean atLeast, int eventsPerOp, String ours,
                       String axon) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Append, 1 event/command, 1 writer (commands/s)", ">= 2,500", 2_500, true, 1,
                    "append1x1_ours", "append1x1_axon"),
            new Row("Append, 1 event/command, 8 writers (events/s)", ">= 10,000", 10_000, true, 1,
                    "append1x8_ours", "append1x8_axon"),
            new Row("Append, 10 events/command, 1 writer (events/s)", ">= 20,000", 20_000, true, 10,
                    "append10x1_ours", "append10x1_axon"),
            new Row("Pipeline, distinct streams, 1 writer (commands/s)", ">= 1,500", 1_500, true, 1,
                    "pipeline1_ours", null),
            new Row("Pipeline, distinct streams, 8 writers (commands/s)", ">= 5,000", 5_000, true, 1,
                    "pipeline8_ours", null),
            new Row("Load 10,000-event stream, full replay (ms)", "<= 20", 20, false, 1,
                    "replay_ours", "replay_axon"),
            new Row("Load 10,000-event stream, snapshot every 100 (ms)", "<= 2", 2, false, 1,
                    "snapshot_ours", "snapshot_axon"));

    private static final List<Row> EXTRAS = List.of(
            new Row("Load 10,099-event stream: snapshot + 99-event tail (ms)", "-", 0, false, 1,
                    "snapshotTail99_ours", null),
            new Row("One round trip to PostgreSQL, `select 1` (µs)", "-", 0, false, 1,
                    "roundTrip_select1", null),
            new Row("Smallest durable transaction: one-row insert + commit (µs)", "-", 0, false, 1,
                    "durableCommit_insert1", null));

    public static void main(String[] args) throws Exception {
        String include = args.length > 0 ? args[0] : BenchmarkMain.class.getPackageName() + ".*Benchmark.*";
        String db = "bench_" + DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
                .format(LocalDateTime.now(ZoneOffset.UTC));
        String server = BenchDatabase.describe();
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        System.out.println("Load average before the run: " + load + " (the figures assume an otherwise idle machine)");
        BenchDatabase.create(db);
        System.out.println("Benchmark database " + db + " on " + BenchDatabase.url(db) + " (" + server + ")");
        try {
            List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-D" + BenchDatabase.DB_PROPERTY + "=" + db));
            for (String property : List.of("bench.jdbc", "bench.user", "bench.password")) {
                if (System.getProperty(property) != null) {
                    jvmArgs.add("-D" + property + "=" + System.getProperty(property));
                }
            }
            String extra = System.getProperty("bench.jvmArgs", "");
            if (!extra.isBlank()) {
                jvmArgs.addAll(List.of(extra.trim().split("\\s+")));
            }
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(include)
                    .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                    .shouldFailOnError(true);
            if (Boolean.getBoolean("bench.quick")) {
                options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                        .measurementIterations(1).measurementTime(TimeValue.seconds(2));
            }
            Collection<RunResult> results;
            try (Interference interference = new Interference(db)) {
                results = new Runner(options.build(), new MonitoredFormat(
                        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.NORMAL), interference)).run();
                System.out.println();
                System.out.println(table(results, server, interference));
            }
        } finally {
            if (!Boolean.getBoolean("bench.keepDb")) {
                BenchDatabase.drop(db);
            }
        }
    }

    private static String table(Collection<RunResult> results, String server, Interference interference) {
        Map<String, Result<?>> byMethod = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getPrimaryResult());
        }
        StringBuilder out = new StringBuilder();
        out.append("EventualShop event store vs Axon 4.13 JdbcEventStorageEngine, PostgreSQL ").append(server)
                .append(", JDK ").append(Runtime.version()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs\n\n");
        out.append("| Row | Target | Ours | Axon | Met? | Other load (cores, ours / Axon) |\n|---|---|---|---|---|---|\n");
        for (Row row : ROWS) {
            line(out, row, byMethod, true, interference);
        }
        out.append("\nExtras (no target):\n\n| Row | Ours | Other load (cores) |\n|---|---|---|\n");
        for (Row row : EXTRAS) {
            line(out, row, byMethod, false, interference);
        }
        out.append("\nScores: mean ± 99.9% confidence half-width over the measurement iterations. Other load: CPU"
                + " taken by other processes while the row measured (0 on an idle machine; 2 cores here).\n");
        return out.toString();
    }

    private static void line(StringBuilder out, Row row, Map<String, Result<?>> byMethod, boolean full,
                             Interference interference) {
        Result<?> ours = byMethod.get(row.ours());
        Result<?> axon = row.axon() == null ? null : byMethod.get(row.axon());
        String load = cores(interference.otherCores(row.ours()))
                + (full && row.axon() != null ? " / " + cores(interference.otherCores(row.axon())) : "");
        if (!full) {
            if (ours != null) {
                out.append("| ").append(row.label()).append(" | ").append(format(ours, row)).append(" | ")
                        .append(load).append(" |\n");
            }
            return;
        }
        String met = ours == null ? "not run"
                : (row.atLeast() ? value(ours, row) >= row.limit() : value(ours, row) <= row.limit()) ? "yes" : "NO";
        out.append("| ").append(row.label()).append(" | ").append(row.target()).append(" | ")
                .append(ours == null ? "-" : format(ours, row)).append(" | ")
                .append(axon == null ? (row.axon() == null ? "n/a" : "-") : format(axon, row)).append(" | ")
                .append(met).append(" | ").append(load).append(" |\n");
    }

    private static String cores(double cores) {
        return Double.isNaN(cores) ? "?" : String.format(Locale.ROOT, "%.2f", cores);
    }

    private static double value(Result<?> result, Row row) {
        return result.getScore() * row.eventsPerOp();
    }

    private static String format(Result<?> result, Row row) {
        double score = value(result, row);
        double error = Double.isNaN(result.getScoreError()) ? 0 : result.getScoreError() * row.eventsPerOp();
        String pattern = score >= 100 ? "%,.0f ± %,.0f" : "%,.2f ± %,.2f";
        return String.format(Locale.ROOT, pattern, score, error);
    }
}
