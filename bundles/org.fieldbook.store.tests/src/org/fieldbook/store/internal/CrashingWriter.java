package org.fieldbook.store.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.StoreException;
import org.fieldbook.tests.common.ChildJvm;

/**
 * Run in a child JVM (plain class path, no OSGi) by the crash and disk-full tests: writes pages of
 * accounts with their checkpoints and, after each page, one local edit, saying on standard output what
 * each committed transaction was, until it is killed or the disk is full.
 * Arguments: the database folder, the number of pages to write.
 */
public final class CrashingWriter {

    static final int ROWS_PER_PAGE = 1_000;

    /** The store and what it needs outside OSGi. */
    static final List<String> BUNDLES = List.of("org.fieldbook.store", "org.fieldbook.store.tests", "org.fieldbook.model", "org.fieldbook.jdbc",
            "org.eclipse.emf.ecore", "org.eclipse.emf.common", "derby", "derbyshared", "com.fasterxml.jackson.core.jackson-core",
            "org.eclipse.osgi", "org.eclipse.equinox.common", "org.eclipse.core.runtime", "org.eclipse.equinox.security");

    private CrashingWriter() {
    }

    /** Starts the writer in a child JVM; {@code fileSizeLimitKb} > 0 runs it under {@code ulimit -f}, like a nearly full disk. */
    static ChildJvm start(File folder, int pages, int fileSizeLimitKb) throws IOException {
        return ChildJvm.start(BUNDLES, CrashingWriter.class, List.of(folder.getPath(), String.valueOf(pages)), fileSizeLimitKb);
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        DerbyLocalStore store;
        try {
            store = StoreFixtures.open(folder);
        } catch (StoreException e) {
            System.out.println("error: " + e.getMessage());
            System.exit(3);
            return;
        }
        System.out.println("opened");
        try {
            for (int page = 0; page < pages; page++) {
                store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, rows(page), List.of(),
                        "page-" + (page + 1), null, (long) page));
                System.out.println("committed page " + page);
                Account edited = store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, id(page, 0)).orElseThrow();
                edited.setTelephone1("edit-" + page);
                store.edits().update(edited);
                System.out.println("committed edit " + page);
            }
            store.close();
            System.out.println("done");
        } catch (StoreException e) {
            System.out.println("error: " + e.getMessage());
            System.exit(3);
        }
    }

    static String id(int page, int row) {
        return "acc-" + page + "-" + row;
    }

    private static List<Record> rows(int page) {
        List<Record> rows = new ArrayList<>(ROWS_PER_PAGE);
        for (int row = 0; row < ROWS_PER_PAGE; row++) {
            Account account = StoreFixtures.account(id(page, row), "Customer " + page + "/" + row + " " + "x".repeat(200));
            rows.add(account);
        }
        return rows;
    }
}
