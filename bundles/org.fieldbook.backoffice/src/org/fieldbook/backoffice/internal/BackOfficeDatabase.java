package org.fieldbook.backoffice.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.jdbc.PageCache;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.jdbc.SchemaMigrations;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DeviceTables;

/**
 * The back office's own Derby database: every field-service table, each row stamped with a version
 * from one server-wide sequence. Encrypted like the devices'; its key is a file next to it that only
 * its owner can read (the server's data folder belongs on an encrypted volume in production).
 */
public final class BackOfficeDatabase implements AutoCloseable {

    static final String LABEL = "back office database";
    /** Keys per {@code IN} list, so that statements stay small however large the page. */
    private static final int IN_LIST = 500;
    /** Attempts of a write without a version precondition that keeps meeting concurrent writers. */
    private static final int RACE_RETRIES = 5;
    private static final List<String> SCRIPTS = List.of("001-web-api.sql", "002-security.sql", "003-offline-profiles.sql",
            "004-sync-errors-and-organization.sql", "005-row-access-indexes.sql", "006-row-reach-changes.sql",
            "007-long-text.sql", "009-token-families.sql", "012-status-flow-and-time-entries.sql",
            "013-sync-summaries.sql", "014-release-refusals.sql", "015-annotations.sql",
            "016-client-update-deadlines.sql", "017-ownership.sql");
    private static final SchemaMigrations MIGRATIONS = new SchemaMigrations(BackOfficeDatabase.class, SCRIPTS, LABEL,
            BackOfficeException::new);

    private final DerbyDatabase database;
    /** The organization's business unit, owned rows' {@code _owningbusinessunit_value}; read on the first write. */
    private volatile String businessUnit;
    private final Transactions transactions;
    private final RecordTables tables = new RecordTables(DataverseSchema.fieldbook(), DeviceTables.PROFILE_TABLES);
    private final TokenSeal tokenSeal;

    private BackOfficeDatabase(DerbyDatabase database, TokenSeal tokenSeal) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.tokenSeal = tokenSeal;
    }

    /** Opens, creating and migrating as needed, the database in {@code folder}. */
    public static BackOfficeDatabase open(Path folder) {
        return open(folder, MIGRATIONS.latestVersion());
    }

    /** Opens the database in {@code folder} with the schema as it was before {@code script}: for tests of upgrades. */
    static BackOfficeDatabase openBefore(Path folder, String script) {
        return open(folder, SCRIPTS.indexOf(script));
    }

    private static BackOfficeDatabase open(Path folder, int schemaVersion) {
        String key = key(folder);
        DerbyDatabase database = DerbyDatabase.open(folder, key, LABEL, BackOfficeException::new, PageCache.HEAP_SIZED);
        database.transaction("prepare the " + LABEL, connection -> MIGRATIONS.migrate(connection, schemaVersion));
        return new BackOfficeDatabase(database, TokenSeal.derivedFrom(key));
    }

    /** Runs {@code work} in one transaction; for the back office's own tables beside the records. */
    public <T> T transaction(String what, DerbyDatabase.Work<T> work) {
        return transactions.write(what, work);
    }

    /** Runs read-only {@code work}; for the back office's own tables beside the records. */
    public <T> T read(String what, DerbyDatabase.Work<T> work) {
        return transactions.read(what, work);
    }

    public RecordTables tables() {
        return tables;
    }

    /** @return the seal of the Web API's paging and change-tracking tokens, with this database's key */
    TokenSeal tokenSeal() {
        return tokenSeal;
    }

    /** @return the bookable resource of a user, if they have one */
    public Optional<String> resourceOf(String systemUserId) {
        return transactions.read("find the resource of " + systemUserId, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM BOOKABLERESOURCE WHERE USERID_VALUE = ?"
                    + " ORDER BY ID FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, systemUserId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** @return whether the table has no rows */
    public boolean isEmpty(EClass table) {
        TableMapping mapping = tables.of(table);
        return transactions.read("count " + mapping.logicalName(), connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT 1 FROM " + mapping.sqlTable()
                    + " FETCH FIRST 1 ROWS ONLY")) {
                return !rows.next();
            }
        });
    }

    /**
     * Inserts rows, table by table in the given order, each stamped with the next server version, an owned row with
     * its owner's business unit, and, unless it has them, with now as the time it was created and modified.
     */
    public void insert(Map<EClass, List<Record>> rows) {
        Instant now = now();
        transactions.write("insert records", connection -> {
            for (Map.Entry<EClass, List<Record>> table : rows.entrySet()) {
                TableMapping mapping = tables.of(table.getKey());
                try (PreparedStatement insert = connection.prepareStatement(mapping.insertSql())) {
                    for (Record row : table.getValue()) {
                        if (row.getCreatedOn() == null) {
                            row.setCreatedOn(now);
                            row.setModifiedOn(now);
                        }
                        Ownership.stamp(row, null, businessUnit(connection));
                        row.setVersionNumber(transactions.nextVersion(connection));
                        mapping.bindRow(insert, row);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return null;
        });
        refreshStatistics(rows.keySet());
    }

    /**
     * Brings the optimizer's statistics of the tables up to date. Their indexes were created empty, and Derby's own
     * refresh runs in the background once a query compiles: the plans compiled before it ends (those of row access,
     * among them) assumed small tables: the batch of a technician's empty delta took 42 to 93 ms from one start of
     * the office to the next, 150–160 ms with no statistics (docs/benchmarks.md).
     */
    private void refreshStatistics(Collection<EClass> loaded) {
        transactions.write("refresh the statistics", connection -> {
            try (CallableStatement refresh = connection
                    .prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, ?, NULL)")) {
                for (EClass table : loaded) {
                    refresh.setString(1, tables.of(table).sqlTable());
                    refresh.execute();
                }
            }
            return null;
        });
    }

    /**
     * @param filter a condition the rows must meet, or null
     * @param position where the page starts: after a key (key order), or at an offset of an {@code ORDER BY}
     * @return up to {@code size} rows of the table
     */
    List<Record> page(TableMapping table, SqlFilter filter, PagePosition position, int size) {
        if (size <= 0) {
            return List.of();
        }
        return transactions.read("read " + table.logicalName(), connection -> {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (position.afterId() != null) {
                conditions.add("ID > ?");
                parameters.add(position.afterId());
            }
            if (filter != null) {
                conditions.add(filter.sql());
                parameters.addAll(filter.parameters());
            }
            String where = (conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + " ")
                    + (position.orderBy() == null ? "ORDER BY ID" : "ORDER BY " + position.orderBy())
                    + " OFFSET " + position.offset() + " ROWS FETCH NEXT " + size + " ROWS ONLY";
            return table.select(connection, where, parameters);
        });
    }

    /** @return how many rows the table holds, e.g. for an admin choosing what devices download */
    public int rowCount(EClass table) {
        return count(tables.of(table), null);
    }

    /** @return how many rows meet the filter (all rows without one) */
    int count(TableMapping table, SqlFilter filter) {
        return transactions.read("count " + table.logicalName(), connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table.sqlTable()
                    + (filter == null ? "" : " WHERE " + filter.sql()))) {
                JdbcValues.bindAll(query, filter == null ? List.of() : filter.parameters());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    public Optional<Record> find(TableMapping table, String id) {
        return find(table, id, null);
    }

    /** @return the row with the key if it meets {@code scope} (null for any row) */
    Optional<Record> find(TableMapping table, String id, SqlFilter scope) {
        SqlFilter where = SqlFilter.and(new SqlFilter("ID = ?", List.of(id)), scope);
        return transactions.read("read " + table.logicalName(),
                connection -> table.select(connection, "WHERE " + where.sql(), where.parameters()).stream().findFirst());
    }

    /**
     * @param scope the condition the rows must meet, or null for any row
     * @return the rows with these keys that meet {@code scope}, by key, read with {@code IN} lists of up to
     *         {@value #IN_LIST} keys
     */
    Map<String, Record> findAll(TableMapping table, Collection<String> ids, SqlFilter scope) {
        List<String> keys = List.copyOf(ids);
        return transactions.read("read " + table.logicalName(), connection -> {
            Map<String, Record> found = new HashMap<>();
            for (int from = 0; from < keys.size(); from += IN_LIST) {
                List<Object> chunk = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + IN_LIST)));
                SqlFilter where = SqlFilter.and(new SqlFilter("ID IN (" + "?, ".repeat(chunk.size() - 1) + "?)", chunk), scope);
                table.select(connection, "WHERE " + where.sql(), where.parameters()).forEach(row -> found.put(row.getId(), row));
            }
            return found;
        });
    }

    /**
     * Inserts a new row stamped with the next version, unless its key is taken, the written row is one
     * {@code access} does not reach or one of its lookups points at a row {@code access} does not reach.
     *
     * @throws MissingTarget when a lookup points at a row that does not exist
     */
    Written create(TableMapping table, Record row, RowAccess access) {
        return guarded("create " + table.logicalName(), connection -> {
            if (!table.select(connection, "WHERE ID = ?", List.of(row.getId())).isEmpty()) {
                return Written.refused(Written.Outcome.EXISTS);
            }
            insertOwned(connection, table, row, access);
            return new Written(Written.Outcome.CREATED, row.getVersionNumber());
        });
    }

    /**
     * Applies {@code change} to the stored row and stamps it with the next version, checking the version the
     * writer expects ({@code ifMatch}: an ETag, {@code *} for any, null for none) and that the writer reaches
     * the row and every row a changed lookup points at, in the same transaction; records which rows the change
     * takes out of technicians' reach.
     *
     * @param upsert whether a missing row is created from the changes
     * @throws MissingTarget when a changed lookup points at a row that does not exist
     */
    Written update(TableMapping table, String id, RowChange change, String ifMatch, boolean upsert, RowAccess access) {
        return guarded("update " + table.logicalName() + " " + id,
                connection -> againAfterRaces(ifMatch, () -> updateOnce(connection, table, id, change, ifMatch, upsert, access)));
    }

    /** @return what was written, or null when another writer changed the row between its read and this write */
    private Written updateOnce(Connection connection, TableMapping table, String id, RowChange change, String ifMatch, boolean upsert,
            RowAccess access) throws SQLException {
        Optional<Record> stored = table.select(connection, "WHERE ID = ?", List.of(id)).stream().findFirst();
        if (stored.isEmpty()) {
            if (!upsert || ifMatch != null) {
                return Written.refused(Written.Outcome.NOT_FOUND);
            }
            Record created = change.apply(null);
            insertOwned(connection, table, created, access);
            return new Written(Written.Outcome.CREATED, created.getVersionNumber());
        }
        if (!reaches(connection, table, id, access)) {
            return Written.refused(Written.Outcome.FORBIDDEN);
        }
        Record row = stored.get();
        long expected = row.getVersionNumber();
        if (!ETags.matches(ifMatch, expected)) {
            return Written.refused(Written.Outcome.STALE);
        }
        Map<String, Object> before = BoundRows.values(table, row);
        Instant created = row.getCreatedOn();
        Record changed = change.apply(row);
        changed.setCreatedOn(created);
        changed.setModifiedOn(now());
        Ownership.stamp(changed, null, businessUnit(connection));
        NoteFiles.prepare(connection, table, changed, access.userId());
        BoundRows.requireReadable(connection, tables, table, before, changed, access);
        ReachLoss loss = ReachLoss.moves(table, before, BoundRows.values(table, changed))
                ? ReachLoss.before(connection, tables, table, id) : null;
        changed.setVersionNumber(transactions.nextVersion(connection));
        try (PreparedStatement update = connection.prepareStatement(table.updateSql() + " AND VERSIONNUMBER = ?")) {
            table.bindRow(update, changed);
            update.setLong(table.columns().size() + 2, expected);
            if (update.executeUpdate() == 0) {
                return null;
            }
        }
        requireReach(connection, table, id, access);
        if (loss != null) {
            loss.record(connection, transactions, 0);
        }
        return new Written(Written.Outcome.UPDATED, changed.getVersionNumber());
    }

    /**
     * Deletes the row if {@code ifMatch} allows it, and remembers the deletion for deltas, with the rows it takes
     * out of technicians' reach.
     */
    Written delete(TableMapping table, String id, String ifMatch, RowAccess access) {
        return transactions.write("delete " + table.logicalName() + " " + id,
                connection -> againAfterRaces(ifMatch, () -> deleteOnce(connection, table, id, ifMatch, access)));
    }

    /** @return what was deleted, or null when another writer changed the row between its read and this delete */
    private Written deleteOnce(Connection connection, TableMapping table, String id, String ifMatch, RowAccess access)
            throws SQLException {
        Optional<Record> stored = table.select(connection, "WHERE ID = ?", List.of(id)).stream().findFirst();
        if (stored.isEmpty()) {
            return Written.refused(Written.Outcome.NOT_FOUND);
        }
        if (!reaches(connection, table, id, access)) {
            return Written.refused(Written.Outcome.FORBIDDEN);
        }
        if (!ETags.matches(ifMatch, stored.get().getVersionNumber())) {
            return Written.refused(Written.Outcome.STALE);
        }
        ReachLoss loss = ReachLoss.before(connection, tables, table, id);
        long version = transactions.nextVersion(connection);
        try (PreparedStatement delete = connection.prepareStatement(table.deleteSql() + " AND VERSIONNUMBER = ?");
                PreparedStatement remember = connection.prepareStatement(
                        "INSERT INTO FB_DELETED (TABLE_NAME, ID, VERSIONNUMBER) VALUES (?, ?, ?)")) {
            delete.setString(1, id);
            delete.setLong(2, stored.get().getVersionNumber());
            if (delete.executeUpdate() == 0) {
                return null;
            }
            remember.setString(1, table.logicalName());
            remember.setString(2, id);
            remember.setLong(3, version);
            remember.executeUpdate();
        }
        try (PreparedStatement disown = connection.prepareStatement("DELETE FROM FB_OWNED WHERE TABLE_NAME = ? AND ID = ?")) {
            disown.setString(1, table.logicalName());
            disown.setString(2, id);
            disown.executeUpdate();
        }
        loss.record(connection, transactions, version);
        return new Written(Written.Outcome.DELETED, version);
    }

    /**
     * Runs an optimistic write again when another writer got in between its read and its write: a write that
     * names no version ({@code If-Match} absent or {@code *}) then applies to the newer row, as the client
     * asked for no precondition; one that names a version is stale.
     */
    private static Written againAfterRaces(String ifMatch, Attempt attempt) throws SQLException {
        boolean namesVersion = ifMatch != null && !ifMatch.strip().equals("*");
        for (int tries = 1;; tries++) {
            Written written = attempt.run();
            if (written != null) {
                return written;
            }
            if (namesVersion || tries == RACE_RETRIES) {
                return Written.refused(Written.Outcome.STALE);
            }
        }
    }

    @FunctionalInterface
    private interface Attempt {
        Written run() throws SQLException;
    }

    /** @return the change-tracking watermark: the newest version up to which every write has ended */
    long watermark() {
        return transactions.watermark();
    }

    /**
     * @param scope the rows to consider, or null for all
     * @return up to {@code size} rows created or changed after version {@code after} and up to {@code upTo}, oldest first
     */
    List<Record> changed(TableMapping table, long after, long upTo, SqlFilter scope, int size) {
        SqlFilter where = SqlFilter.and(new SqlFilter("VERSIONNUMBER > ? AND VERSIONNUMBER <= ?", List.of(after, upTo)), scope);
        return transactions.read("read changes of " + table.logicalName(), connection -> table.select(connection,
                "WHERE " + where.sql() + " ORDER BY VERSIONNUMBER FETCH FIRST " + size + " ROWS ONLY", where.parameters()));
    }

    /**
     * @param technician the user whose rows that left their reach are asked for, or null for every deletion
     * @return up to {@code size} rows deleted (or, for a technician, taken out of their reach) after version
     *         {@code after} and up to {@code upTo}, oldest first
     */
    List<Deletion> deleted(TableMapping table, String technician, long after, long upTo, int size) {
        String source = technician == null ? "SELECT ID, VERSIONNUMBER, TRUE FROM FB_DELETED WHERE TABLE_NAME = ?"
                : "SELECT ID, VERSIONNUMBER, DELETED FROM FB_UNREACHED WHERE USERNAME = ? AND TABLE_NAME = ?";
        List<Object> parameters = new ArrayList<>(technician == null ? List.of() : List.of(technician));
        parameters.addAll(List.of(table.logicalName(), after, upTo));
        return transactions.read("read deletions of " + table.logicalName(), connection -> {
            try (PreparedStatement query = connection.prepareStatement(source + " AND VERSIONNUMBER > ? AND VERSIONNUMBER <= ?"
                    + " ORDER BY VERSIONNUMBER FETCH FIRST " + size + " ROWS ONLY")) {
                JdbcValues.bindAll(query, parameters);
                List<Deletion> deletions = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        deletions.add(new Deletion(rows.getString(1), rows.getLong(2), rows.getBoolean(3)));
                    }
                }
                return deletions;
            }
        });
    }

    /** Opens a change set on the calling thread: its writes commit together when it commits, else none of them. */
    Transactions.ChangeSet beginChangeSet() {
        return transactions.begin();
    }

    /** Runs a write that is rolled back, and refused, when it would leave or bind a row its writer does not reach. */
    private Written guarded(String what, DerbyDatabase.Work<Written> write) {
        try {
            return transactions.write(what, write);
        } catch (OutOfReach e) {
            return Written.refused(Written.Outcome.FORBIDDEN);
        }
    }

    /** Inserts a new row, owned by its writer if ownership widens their access, and checks they reach it. */
    private void insertOwned(Connection connection, TableMapping table, Record row, RowAccess access) throws SQLException {
        row.setCreatedOn(now());
        row.setModifiedOn(row.getCreatedOn());
        Ownership.stamp(row, access.userId(), businessUnit(connection));
        NoteFiles.prepare(connection, table, row, access.userId());
        BoundRows.requireReadable(connection, tables, table, Map.of(), row, access);
        row.setVersionNumber(transactions.nextVersion(connection));
        write(connection, table.insertSql(), table, row);
        if (access.owner() != null) {
            try (PreparedStatement own = connection.prepareStatement(
                    "INSERT INTO FB_OWNED (TABLE_NAME, ID, USERNAME) VALUES (?, ?, ?)")) {
                own.setString(1, table.logicalName());
                own.setString(2, row.getId());
                own.setString(3, access.owner());
                own.executeUpdate();
            }
        }
        requireReach(connection, table, row.getId(), access);
    }

    /** @return the id of the organization's one business unit, which owned rows name and {@code WhoAmI} answers */
    public String businessUnit() {
        return businessUnit != null ? businessUnit : transactions.read("read the organization's business unit", this::businessUnit);
    }

    /** @return the organization's business unit, read once: the organization's row never changes its key */
    private String businessUnit(Connection connection) throws SQLException {
        if (businessUnit == null) {
            try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM ORGANIZATION");
                    ResultSet organization = query.executeQuery()) {
                businessUnit = organization.next() ? Ownership.businessUnitOf(organization.getString(1)) : null;
            }
        }
        return businessUnit;
    }

    /** @return the time a write is stamped with, to the millisecond as Derby and JSON keep it */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireReach(Connection connection, TableMapping table, String id, RowAccess access) throws SQLException {
        if (!reaches(connection, table, id, access)) {
            throw new OutOfReach();
        }
    }

    private static boolean reaches(Connection connection, TableMapping table, String id, RowAccess access) throws SQLException {
        SqlFilter scope = access.rows(table);
        return scope == null || holds(connection, table, id, scope);
    }

    /** @return whether the table holds the row with the key and it meets {@code scope} (null for any row) */
    static boolean holds(Connection connection, TableMapping table, String id, SqlFilter scope) throws SQLException {
        SqlFilter where = SqlFilter.and(new SqlFilter("ID = ?", List.of(id)), scope);
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table.sqlTable() + " WHERE " + where.sql())) {
            JdbcValues.bindAll(query, where.parameters());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Turns the stored row (null when there is none) into the row to write. */
    @FunctionalInterface
    interface RowChange {
        Record apply(Record stored) throws SQLException;
    }

    private static void write(Connection connection, String sql, TableMapping table, Record row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            table.bindRow(statement, row);
            statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        database.close();
    }

    private static String key(Path folder) {
        Path keyFile = folder.toAbsolutePath().resolveSibling(folder.getFileName() + ".key");
        try {
            if (Files.isRegularFile(keyFile)) {
                return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(keyFile.getParent());
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(keyFile, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            return Files.readString(keyFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new BackOfficeException("Cannot read or make the key of the " + LABEL + " at " + keyFile + ": " + e.getMessage(), e);
        }
    }
}
