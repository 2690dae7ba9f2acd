package io.piiscanner.benchmarks;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.ScanRecord;
import io.piiscanner.testdata.demo.DemoStaging;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Records per second through {@code Scanner.scan(ScanRecord)} on one thread: the staging-table row of the
 * batch benchmark (id, name, e-mail, phone, SSN, card, country, state, a free-text note), values from
 * testdata's seeded {@link DemoStaging}. The score is records/s per core; it bounds what the batch job can
 * reach before any reading or writing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
// The heap is committed and touched before the first iteration: a heap that grows into fresh pages during the
// measurement makes the scan pay the kernel's page faults (iterations up to 2.5 times slower just before a
// collection, in thread CPU time), which is noise, not the scanner.
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g", "-XX:+AlwaysPreTouch"})
public class RecordBenchmark {

    static final int RECORDS = 10_000;

    private Scanner scanner;
    private List<ScanRecord> records;

    @Setup(Level.Trial)
    public void setUp() {
        scanner = Scanner.builder().build();
        records = new ArrayList<>(RECORDS);
        for (DemoStaging.Customer c : DemoStaging.customers(42, RECORDS)) {
            records.add(ScanRecord.builder().source("bench").container("public.customers").recordId(Integer.toString(c.id()))
                    .field("id", Integer.toString(c.id())).field("full_name", c.name()).field("email", c.email())
                    .field("phone", c.phone()).field("ssn", c.ssn()).field("card", c.card())
                    .field("country", c.country()).field("state", c.state()).field("notes", c.note()).build());
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void scanRecords(Blackhole bh) {
        for (ScanRecord r : records) {
            bh.consume(scanner.scan(r));
        }
    }
}
