package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.fieldbook.backoffice.demo.DemoSize;

/**
 * The back office process of the load benchmark (see {@link ServerProcess}): starts it with demo data,
 * announces its addresses on standard output and serves until standard input closes.
 */
public final class LoadServer {

    /** Starts the line that says the server is ready: {@code <READY> <service root> <token endpoint>}. */
    static final String READY = "LOAD-SERVER-READY";

    private LoadServer() {
    }

    /** @param args the data folder, then the demo size: technicians, work orders, accounts, products */
    public static void main(String[] args) throws IOException {
        DemoSize size = new DemoSize(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
        try (BenchBackOffice office = new BenchBackOffice(Path.of(args[0]), size)) {
            System.out.println(READY + " " + office.serviceRoot() + " " + office.tokenEndpoint());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input (or ends)
            }
        }
    }
}
