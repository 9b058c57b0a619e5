package dev.eventualshop.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How much CPU other work on the machine took while a benchmark measured: the machine's busy time (from
 * {@code /proc/stat}) minus that of this JVM, its forks and the PostgreSQL processes serving the run's
 * database (or none: WAL writer, checkpointer...). Backends of other databases count as other work. Linux
 * only; elsewhere it reports nothing.
 */
final class Interference implements AutoCloseable {

    private static final double TICKS_PER_SECOND = 100.0;

    private final String database;
    private final Thread sampler;
    private final Map<String, double[]> byBenchmark = new HashMap<>();
    private volatile String measuring;
    private volatile boolean running = true;

    Interference(String database) {
        this.database = database;
        this.sampler = Thread.ofPlatform().daemon().name("interference").start(this::sample);
    }

    static boolean supported() {
        return Files.isReadable(Path.of("/proc/stat"));
    }

    /** Marks the start ({@code benchmark}) or the end ({@code null}) of a measurement iteration. */
    void measuring(String benchmark) {
        measuring = benchmark;
    }

    /** Mean cores used by other work while {@code benchmark} measured, or NaN when unknown. */
    synchronized double otherCores(String benchmark) {
        double[] sums = byBenchmark.get(benchmark);
        return sums == null || sums[1] == 0 ? Double.NaN : sums[0] / sums[1];
    }

    private void sample() {
        long lastBusy = -1;
        Map<Long, Long> lastOurs = new HashMap<>();
        long lastAt = System.nanoTime();
        while (running) {
            try {
                Thread.sleep(500);
                long busy = machineBusyTicks();
                Map<Long, Long> ours = ourTicks();
                long at = System.nanoTime();
                // Per process, so that a fork or a backend that exits does not take its past CPU time with it.
                long oursDelta = 0;
                for (Map.Entry<Long, Long> process : ours.entrySet()) {
                    oursDelta += process.getValue() - lastOurs.getOrDefault(process.getKey(), 0L);
                }
                String benchmark = measuring;
                if (lastBusy >= 0 && benchmark != null) {
                    double seconds = (at - lastAt) / 1e9;
                    double otherCores = Math.max(0, (busy - lastBusy) - oursDelta) / TICKS_PER_SECOND / seconds;
                    synchronized (this) {
                        double[] sums = byBenchmark.computeIfAbsent(benchmark, b -> new double[2]);
                        sums[0] += otherCores * seconds;
                        sums[1] += seconds;
                    }
                }
                lastBusy = busy;
                lastOurs = ours;
                lastAt = at;
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                lastBusy = -1;
            }
        }
    }

    private static long machineBusyTicks() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
        String[] f = cpu.trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal ...
        return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]) + (f.length > 8 ? Long.parseLong(f[8]) : 0);
    }

    /** CPU ticks so far of each process of this run (this JVM, its forks, the PostgreSQL processes serving it). */
    private Map<Long, Long> ourTicks() throws IOException {
        Set<Long> ours = new HashSet<>();
        ours.add(ProcessHandle.current().pid());
        ProcessHandle.current().descendants().forEach(p -> ours.add(p.pid()));
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                try {
                    long pid = Long.parseLong(proc.getFileName().toString());
                    String stat = Files.readString(proc.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String comm = stat.substring(stat.indexOf('(') + 1, close);
                    boolean mine = ours.contains(pid) || comm.equals("postgres") && servesUs(proc);
                    if (mine) {
                        String[] fields = stat.substring(close + 2).split(" ");
                        ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks;
    }

    /** A backend's title is "postgres: user database client state"; auxiliary processes name no database. */
    private boolean servesUs(Path proc) throws IOException {
        String title = new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ').trim();
        String[] words = title.split("\\s+");
        boolean backend = words.length >= 4 && words[0].equals("postgres:")
                && (words[3].contains("(") || words[3].equals("[local]"));
        return !backend || words[2].equals(database);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
