package io.piiscanner.batch.launch;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.CliCommand;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./scanner emulator}: serves a seeded synthetic Salesforce org on 127.0.0.1 (Partner SOAP API and Bulk
 * API v1, as force-wsc expects them) until killed, and prints the login URL and the environment variables a
 * scan of it needs. Its credentials are the emulator's own, fake ones.
 */
public final class EmulatorCommand implements CliCommand {

    @Override
    public String name() {
        return "emulator";
    }

    @Override
    public String usage() {
        return "emulator [--port N] [--seed N] [--contacts N]   serves a synthetic Salesforce org on 127.0.0.1 until killed";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        int port = 0;
        long seed = 11;
        Integer contacts = null;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--contacts" -> contacts = Integer.parseInt(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("scanner emulator: " + e.getMessage());
            err.println("usage: scanner " + usage());
            return ScannerBatchApplication.EXIT_USAGE;
        }
        OrgGenerator.Size size = contacts == null ? OrgGenerator.Size.small() : OrgGenerator.Size.contactsOnly(contacts);
        long t0 = System.nanoTime();
        EmulatedOrg org = OrgGenerator.generate(seed, size);
        try (SalesforceEmulator e = SalesforceEmulator.start(org, SalesforceEmulator.Login.defaults(), port)) {
            long records = org.tables().stream().mapToLong(EmulatedOrg.SObjectTable::size).sum();
            out.printf("Salesforce emulator: %,d records in %d objects (seed %d), generated in %d ms%n", records,
                    org.tables().size(), seed, (System.nanoTime() - t0) / 1_000_000);
            out.println("login URL: " + e.loginUrl());
            out.println("scan it with:");
            out.println("  export SCANNER_SALESFORCE_USER='" + e.login().username() + "'");
            out.println("  export SCANNER_SALESFORCE_PASSWORD='" + e.login().password() + "'");
            out.println("  export SCANNER_SALESFORCE_TOKEN='" + e.login().securityToken() + "'");
            out.println("  ./scanner scan --source salesforce:" + e.baseUrl());
            out.println("fault injection: curl -X POST '" + e.baseUrl() + "/emulator/faults?requestLimitAfter=50'"
                    + "   (also invalidSessionAfter=N, httpErrorOnCall=N:503, slowOnCall=N:ms, invalidLocatorOnQueryMore=N,"
                    + " clearRequestLimit, clear)");
            out.println("calls so far: curl " + e.baseUrl() + "/emulator/stats");
            out.println("running until killed (Ctrl-C)");
            out.flush();
            CountDownLatch forever = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown));
            forever.await();
            return ScannerBatchApplication.EXIT_OK;
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return ScannerBatchApplication.EXIT_OK;
        } catch (Exception ex) {
            err.println("scanner emulator: cannot start on port " + port + ": " + ex);
            return ScannerBatchApplication.EXIT_FAILED;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
