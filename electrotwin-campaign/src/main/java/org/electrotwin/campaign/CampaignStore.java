package org.electrotwin.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.json.Json;

/**
 * The campaign database: one SQLite file in WAL mode, one writer (this object, whose methods
 * are serialised). Every run is a row keyed by (campaign, key); finishing a run is idempotent,
 * so a run is stored exactly once however often it is retried or a campaign restarted.
 * A lock file beside the database keeps a second process from writing the same campaign.
 */
public final class CampaignStore implements AutoCloseable {
    private static final TypeReference<LinkedHashMap<String, Double>> PARAMS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, String>> ARTEFACTS = new TypeReference<>() {};

    private final Path file;
    private final Connection db;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private CampaignStore(Path file, Connection db, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.db = db;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (or creates) the database, taking the writer's lock. */
    public static CampaignStore open(Path file) {
        try {
            Path abs = file.toAbsolutePath();
            Files.createDirectories(abs.getParent());
            FileChannel ch = FileChannel.open(abs.resolveSibling(abs.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                throw new InputException(file + ": the campaign database is in use by another electrotwin process; expected one writer at a time");
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS campaigns (
                          name TEXT PRIMARY KEY, study TEXT NOT NULL, created REAL NOT NULL)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS runs (
                          campaign TEXT NOT NULL, key TEXT NOT NULL, ordinal INTEGER NOT NULL,
                          parameters TEXT NOT NULL, seed INTEGER NOT NULL, status TEXT NOT NULL,
                          software_version TEXT, started REAL, finished REAL, wall_s REAL,
                          properties TEXT, artefacts TEXT, error TEXT, attempts INTEGER NOT NULL DEFAULT 0,
                          PRIMARY KEY (campaign, key))""");
                addSourceColumn(c);
            }
            return new CampaignStore(file, c, ch, lock);
        } catch (SQLException | IOException e) {
            throw new InputException(file + ": cannot open the campaign database (" + e.getMessage() + "); expected a writable SQLite file");
        }
    }

    /**
     * Databases written before runs had a source get the column, every old run marked 'twin':
     * old and new versions of electrotwin can still read the same file.
     */
    private static void addSourceColumn(Connection c) throws SQLException {
        boolean has = false;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(runs)")) {
            while (rs.next()) {
                has |= rs.getString("name").equals("source");
            }
        }
        if (!has) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE runs ADD COLUMN source TEXT NOT NULL DEFAULT 'twin'");
            }
        }
    }

    public Path file() {
        return file;
    }

    /** Registers a campaign and its study text; a campaign that exists keeps its original study. */
    public synchronized void createCampaign(String name, String study) {
        update("INSERT OR IGNORE INTO campaigns(name, study, created) VALUES (?, ?, ?)", name, study, now());
    }

    public synchronized String study(String name) {
        List<String> r = query("SELECT study FROM campaigns WHERE name = ?", rs -> rs.getString(1), name);
        return r.isEmpty() ? null : r.get(0);
    }

    /** Adds runs not yet in the database (by key), to be evaluated by the twin; returns how many were new. */
    public synchronized int addRuns(String campaign, List<RunSpec> runs) {
        return addRuns(campaign, runs, SOURCE_TWIN);
    }

    /** What evaluates a run unless said otherwise: the twin itself (process or stochastic). */
    public static final String SOURCE_TWIN = "twin";

    /**
     * Adds runs not yet in the database (by key); returns how many were new.
     *
     * @param source what evaluates them: {@link #SOURCE_TWIN} or e.g. {@code surrogate:<file>}
     */
    public synchronized int addRuns(String campaign, List<RunSpec> runs, String source) {
        int added = 0;
        try {
            db.setAutoCommit(false);
            int ordinal = query("SELECT COALESCE(MAX(ordinal), -1) FROM runs WHERE campaign = ?", rs -> rs.getInt(1), campaign).get(0);
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT OR IGNORE INTO runs(campaign, key, ordinal, parameters, seed, status, source) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
                for (RunSpec r : runs) {
                    ps.setString(1, campaign);
                    ps.setString(2, r.key());
                    ps.setInt(3, ordinal + 1);
                    ps.setString(4, Json.mapper().writeValueAsString(r.parameters()));
                    ps.setLong(5, r.seed());
                    ps.setString(6, source);
                    int n = ps.executeUpdate();
                    ordinal += n;
                    added += n;
                }
            }
            db.commit();
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw new IllegalStateException("cannot add runs to " + file + ": " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
        return added;
    }

    /**
     * Runs still to do, in design order: pending ones, and those left RUNNING by a process
     * that died (this store holds the writer's lock, so nobody else is running them).
     * Failed runs are retried only when {@code retryFailed}.
     */
    public synchronized List<RunSpec> todo(String campaign, boolean retryFailed) {
        String statuses = retryFailed ? "('PENDING','RUNNING','FAILED')" : "('PENDING','RUNNING')";
        return query("SELECT key, parameters, seed FROM runs WHERE campaign = ? AND status IN " + statuses + " ORDER BY ordinal",
                rs -> new RunSpec(rs.getString(1), readParams(rs.getString(2)), rs.getLong(3)), campaign);
    }

    public synchronized void markRunning(String campaign, String key, String softwareVersion) {
        update("UPDATE runs SET status = 'RUNNING', software_version = ?, started = ?, attempts = attempts + 1, error = NULL "
                + "WHERE campaign = ? AND key = ? AND status <> 'DONE'", softwareVersion, now(), campaign, key);
    }

    /** Stores a finished run; a run already DONE is left as it is (retries never duplicate or overwrite). */
    public synchronized boolean complete(String campaign, String key, RunOutput out, double wallTimeS) {
        try {
            return update("UPDATE runs SET status = 'DONE', finished = ?, wall_s = ?, properties = ?, artefacts = ?, error = NULL "
                            + "WHERE campaign = ? AND key = ? AND status <> 'DONE'",
                    now(), wallTimeS, out.propertiesJson(), Json.mapper().writeValueAsString(out.artefacts()), campaign, key) == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a failed run with its reason; it does not stop the others. */
    public synchronized void fail(String campaign, String key, String reason, double wallTimeS) {
        update("UPDATE runs SET status = 'FAILED', finished = ?, wall_s = ?, error = ? WHERE campaign = ? AND key = ? AND status <> 'DONE'",
                now(), wallTimeS, reason, campaign, key);
    }

    /**
     * Runs {@code writes} (calls of this store's methods) as one transaction: a batch of results
     * is stored whole or not at all, and costs one commit.
     */
    public synchronized void inTransaction(Runnable writes) {
        try {
            db.setAutoCommit(false);
            writes.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("campaign database " + file + ": " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    public synchronized List<RunRecord> runs(String campaign) {
        return query("SELECT key, parameters, seed, status, software_version, started, finished, wall_s, properties, artefacts, error, attempts "
                + "FROM runs WHERE campaign = ? ORDER BY ordinal", rs -> new RunRecord(rs.getString(1), readParams(rs.getString(2)),
                rs.getLong(3), RunStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8),
                rs.getString(9), rs.getString(10) == null ? Map.of() : readArtefacts(rs.getString(10)), rs.getString(11), rs.getInt(12)), campaign);
    }

    /** What evaluated (or will evaluate) each run, by key. */
    public synchronized Map<String, String> sources(String campaign) {
        Map<String, String> m = new LinkedHashMap<>();
        query("SELECT key, source FROM runs WHERE campaign = ? ORDER BY ordinal", rs -> m.put(rs.getString(1), rs.getString(2)), campaign);
        return m;
    }

    public synchronized Map<RunStatus, Integer> counts(String campaign) {
        Map<RunStatus, Integer> m = new LinkedHashMap<>();
        for (RunStatus s : RunStatus.values()) {
            m.put(s, 0);
        }
        query("SELECT status, COUNT(*) FROM runs WHERE campaign = ? GROUP BY status",
                rs -> m.put(RunStatus.valueOf(rs.getString(1)), rs.getInt(2)), campaign);
        return m;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing: nothing left to save
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("campaign database " + file + ": " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("campaign database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original error is the one to report
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }

    private static Map<String, Double> readParams(String json) {
        try {
            return Json.mapper().readValue(json, PARAMS);
        } catch (IOException e) {
            throw new IllegalStateException("corrupt parameters in the campaign database: " + json, e);
        }
    }

    private static Map<String, String> readArtefacts(String json) {
        try {
            return Json.mapper().readValue(json, ARTEFACTS);
        } catch (IOException e) {
            throw new IllegalStateException("corrupt artefacts in the campaign database: " + json, e);
        }
    }
}
