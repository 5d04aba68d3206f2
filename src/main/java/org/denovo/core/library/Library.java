package org.denovo.core.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;

/**
 * The local library: runs and their molecules in one SQLite file (WAL mode, foreign keys on). Every write is
 * one transaction, so a killed process loses at most the batch in flight. One connection per instance;
 * methods are synchronized. Several instances (or processes) may share a file: SQLite serialises writers
 * and a writer that waits longer than {@link #BUSY_TIMEOUT_MS} gets a clear "library is busy" error.
 */
public final class Library implements AutoCloseable {
    public static final int BUSY_TIMEOUT_MS = 10_000;
    private static final String DESCRIPTOR_COLUMNS = String.join(", ",
            Arrays.stream(Descriptor.values()).map(Descriptor::column).toList());

    private final Path file;
    private final Connection connection;
    private final FingerprintIndex index = new FingerprintIndex();
    private final WriterProcess writer = WriterProcess.current();
    private PreparedStatement findMolecule;
    private PreparedStatement insertMolecule;
    private PreparedStatement insertMember;
    /** Loaded on the first similarity search, so opening stays fast; kept in sync afterwards. */
    private boolean indexLoaded;
    private long dataVersion = -1;
    private final DiskReserve reserve;

    private Library(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.reserve = new DiskReserve(file);
    }

    /**
     * Opens (or creates) the library, checking first that the file is new, empty or ours and undamaged,
     * then applies pending migrations and marks runs whose writer died as interrupted.
     */
    public static Library open(Path file) throws LibraryException {
        boolean fresh = LibraryFile.checkBeforeOpen(file);
        Connection c;
        try {
            Properties p = new Properties();
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
            // ids come back through RETURNING; otherwise the driver runs an extra query after every INSERT
            p.setProperty("jdbc.get_generated_keys", "false");
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw SqlErrors.describe(file, "open the library", e);
        }
        try {
            if (!fresh) {
                checkOurs(file, c);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                // 256 MiB at most, taken only as the file grows: keeps the SMILES index of a 1M library hot while inserting
                s.execute("PRAGMA cache_size = -262144");
                s.execute("PRAGMA temp_store = MEMORY"); // ranking a finished run sorts it
                s.execute("PRAGMA wal_autocheckpoint = 8192"); // checkpoint every 32 MiB of WAL, not every 4 MiB
            }
            Migrations.apply(c);
            Library library = new Library(file, c);
            library.prepare();
            library.markDeadRunsInterrupted();
            library.reserve.ensure();
            return library;
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlErrors.describe(file, "open the library", e);
        } catch (LibraryException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens an existing library for reading only: nothing is written, so a library in a read-only file or
     * folder (a colleague's, on a shared drive) or on a full disk can still be listed, searched and exported.
     * Runs whose writer died are shown as still running; migrations are not applied.
     */
    public static Library openReadOnly(Path file) throws LibraryException {
        LibraryFile.checkBeforeReading(file);
        boolean writable = Files.isWritable(file) && file.toAbsolutePath().getParent() != null
                && Files.isWritable(file.toAbsolutePath().getParent());
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        // where SQLite cannot create its shared-memory file, it may only read an unchanging file
        boolean immutable = !writable && !Files.exists(wal);
        Connection c = connectReadOnly(file, immutable);
        try {
            try {
                checkOurs(file, c);
            } catch (LibraryException e) {
                // on a full disk SQLite cannot size its shared-memory file; with no pending WAL the file is all there is
                if (immutable || !(e.getCause() instanceof SQLException sql) || (sql.getErrorCode() & 0xff) != 10
                        || sizeOf(wal) > 0) {
                    throw e;
                }
                closeQuietly(c);
                c = connectReadOnly(file, true);
                checkOurs(file, c);
            }
            int version = intPragma(c, "user_version");
            if (version < Migrations.latest()) {
                throw new LibraryException("the library " + file + " has schema version " + version
                        + " and must be upgraded before it can be read, which needs write access; open it once"
                        + " where it is writable, or copy it");
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -262144");
                s.execute("PRAGMA temp_store = MEMORY");
            }
            Library library = new Library(file, c);
            library.prepare();
            return library;
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlErrors.describe(file, "open the library", e);
        } catch (LibraryException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Connection connectReadOnly(Path file, boolean immutable) throws LibraryException {
        String uri = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro" + (immutable ? "&immutable=1" : "");
        try {
            Properties p = new Properties();
            p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
            p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            return DriverManager.getConnection(uri, p);
        } catch (SQLException e) {
            throw SqlErrors.describe(file, "open the library", e);
        }
    }

    /** Read-only checks on an existing file: intact, a DeNovo library (or an empty database), not too new. */
    private static void checkOurs(Path file, Connection c) throws SQLException, LibraryException {
        String check;
        // the full page check reads the whole file (about 13 s for a 1.2 GB library), so large libraries are
        // checked by SQLite page by page as they are read, and in full by `library check`
        String pragma = sizeOf(file) <= FULL_CHECK_UP_TO_BYTES ? "PRAGMA quick_check" : "SELECT 'ok' FROM sqlite_master LIMIT 1";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(pragma)) {
            check = r.next() ? r.getString(1) : "ok";
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == 10 || code == 13 || code == 14) { // an I/O failure, not a verdict on the file
                throw SqlErrors.describe(file, "open the library", e);
            }
            throw new LibraryException(file + " is damaged or not a DeNovo library; it was left unchanged", e);
        }
        if (!"ok".equals(check)) {
            throw new LibraryException(file + " is damaged (" + check + "); it was left unchanged");
        }
        int appId = intPragma(c, "application_id");
        int version = intPragma(c, "user_version");
        if (appId != Migrations.APPLICATION_ID) {
            boolean empty;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                empty = r.next() && r.getLong(1) == 0;
            }
            if (!empty || version != 0) {
                throw new LibraryException(file + " is an SQLite database but not a DeNovo library; it was left unchanged");
            }
        }
        if (version > Migrations.latest()) {
            throw new LibraryException("the library " + file + " has schema version " + version
                    + ", newer than this version of DeNovo Workbench understands (" + Migrations.latest()
                    + "); update the app to open it");
        }
    }

    /** Libraries up to this size get SQLite's full page check on every open. */
    static final long FULL_CHECK_UP_TO_BYTES = 64L << 20;

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private void prepare() throws SQLException {
        findMolecule = connection.prepareStatement("SELECT id FROM molecules WHERE smiles = ?");
        String marks = "?, ".repeat(Descriptor.values().length);
        insertMolecule = connection.prepareStatement("INSERT INTO molecules (smiles, inchikey, formula, "
                + DESCRIPTOR_COLUMNS + ", alerts, fp, skeys) VALUES (?, ?, ?, "
                + marks + "?, ?, ?) ON CONFLICT (smiles) DO NOTHING RETURNING id");
        insertMember = connection.prepareStatement("INSERT INTO run_molecules (run_id, molecule_id, rank, score, "
                + "filtered_by, components, round, parent_molecule, name, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING");
    }

    public Path file() {
        return file;
    }

    public static int schemaVersion() {
        return Migrations.latest();
    }

    // ---- writing runs ----

    /** Records a new run, status running, owned by this process; returns its id. */
    public synchronized long startRun(RunInfo info) throws LibraryException {
        return write("start a run", () -> {
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO runs (kind, name, status, created, "
                    + "config, model_id, model_hash, seed, parent_run, notes, writer_pid, writer_started) "
                    + "VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                p.setString(1, info.kind().id());
                p.setString(2, info.name());
                p.setLong(3, System.currentTimeMillis());
                p.setString(4, info.configJson());
                p.setString(5, info.modelId());
                p.setString(6, info.modelHash());
                setLong(p, 7, info.seed());
                setLong(p, 8, info.parentRun());
                p.setString(9, info.notes());
                p.setLong(10, writer.pid());
                p.setLong(11, writer.startedMillis());
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no run id returned");
                    }
                    return r.getLong(1);
                }
            }
        });
    }

    /**
     * Stores one batch in one transaction: each molecule once per canonical SMILES, plus its membership in the
     * run (a molecule already in the run is left as it was). Returns the molecule ids in batch order.
     */
    public synchronized List<Long> appendBatch(long runId, List<RunMember> batch) throws LibraryException {
        List<long[]> added = new ArrayList<>();
        List<Long> ids = write("store a batch of run " + runId, () -> {
            requireRunning(runId);
            List<Long> out = new ArrayList<>(batch.size());
            for (RunMember member : batch) {
                ScoredMolecule s = member.scored();
                AnalyzedMolecule m = s.molecule();
                Long id = insertMoleculeIfNew(m);
                if (id == null) {
                    id = moleculeId(m.smiles());
                } else {
                    added.add(new long[] {id});
                    if (indexLoaded) {
                        index.add(id, m.ecfp4().words());
                    }
                }
                Long parent = member.parentSmiles() == null ? null : moleculeId(member.parentSmiles());
                PreparedStatement p = insertMember;
                p.setLong(1, runId);
                p.setLong(2, id);
                setLong(p, 3, s.rank() > 0 ? (long) s.rank() : null);
                setDouble(p, 4, s.score().total());
                p.setString(5, s.score().filteredBy());
                p.setString(6, MoleculeCodec.components(s.score().components()));
                setLong(p, 7, member.round() == null ? null : (long) member.round());
                setLong(p, 8, parent);
                p.setString(9, m.molecule().name());
                p.setString(10, MoleculeCodec.tags(m.tags()));
                p.executeUpdate();
                out.add(id);
            }
            return out;
        }, () -> {
            // rolled back: forget what this batch added to the in-memory index
            if (!added.isEmpty()) {
                dropIndex();
            }
        });
        return ids;
    }

    /** Ends a run: sets its status and, where the run did not give ranks, ranks its molecules by {@link Ranking}. */
    public synchronized void finishRun(long runId, RunStatus status) throws LibraryException {
        finishRun(runId, status, null, null);
    }

    /**
     * As {@link #finishRun(long, RunStatus)}, also recording how many strings a generating run sampled and how
     * many were valid (null when not known), and the median score of its unfiltered molecules.
     */
    public synchronized void finishRun(long runId, RunStatus status, Long sampled, Long valid) throws LibraryException {
        try {
            finishRun(runId, status, sampled, valid, true);
        } catch (LibraryException e) {
            if (!(e.getCause() instanceof SQLException sql) || !SqlErrors.diskFull(file, sql) || !reserve.release()) {
                throw e;
            }
            try { // the disk is full: ranks if the freed reserve is room enough, else the status alone
                finishRun(runId, status, sampled, valid, true);
            } catch (LibraryException stillFull) {
                finishRun(runId, status, sampled, valid, false);
            }
        }
    }

    private void finishRun(long runId, RunStatus status, Long sampled, Long valid, boolean rank) throws LibraryException {
        write("finish run " + runId, () -> {
            if (rank) {
                rankUnranked(runId);
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE runs SET status = ?, finished = ?, writer_pid = NULL, sampled = ?, valid = ?, median_score = ("
                    + "SELECT score FROM run_molecules WHERE run_id = ?5 AND filtered_by IS NULL AND score IS NOT NULL "
                    + "ORDER BY score LIMIT 1 OFFSET (SELECT count(*) / 2 FROM run_molecules "
                    + "WHERE run_id = ?5 AND filtered_by IS NULL AND score IS NOT NULL)) WHERE id = ?5")) {
                p.setString(1, status.id());
                p.setLong(2, System.currentTimeMillis());
                setLong(p, 3, sampled);
                setLong(p, 4, valid);
                p.setLong(5, runId);
                if (p.executeUpdate() == 0) {
                    throw new LibraryException("no run " + runId + " in the library");
                }
            }
            return null;
        });
    }

    /**
     * Sets the ranks of a run's molecules, as {@link Ranking} gave them when the run ended.
     *
     * @param ids   library ids of the run's molecules
     * @param ranks the rank of each, in the same order
     */
    public synchronized void setRanks(long runId, List<Long> ids, int[] ranks) throws LibraryException {
        if (ids.size() != ranks.length) {
            throw new IllegalArgumentException(ids.size() + " molecules but " + ranks.length + " ranks");
        }
        write("rank run " + runId, () -> {
            writeRanks(runId, ids, ranks);
            return null;
        });
    }

    /** The (id, rank) pairs go in as one JSON array into a keyed in-memory table, then one UPDATE joins them. */
    private void writeRanks(long runId, List<Long> ids, int[] ranks) throws SQLException {
        StringBuilder pairs = new StringBuilder(ranks.length * 16).append('[');
        for (int i = 0; i < ranks.length; i++) {
            pairs.append(i == 0 ? "[" : ",[").append(ids.get(i)).append(',').append(ranks[i]).append(']');
        }
        pairs.append(']');
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS new_ranks (molecule_id INTEGER PRIMARY KEY, rank INTEGER NOT NULL)");
            s.execute("DELETE FROM new_ranks");
        }
        try (PreparedStatement fill = connection.prepareStatement(
                "INSERT OR REPLACE INTO new_ranks (molecule_id, rank) SELECT value ->> 0, value ->> 1 FROM json_each(?)");
             PreparedStatement update = connection.prepareStatement("UPDATE run_molecules SET rank = n.rank "
                     + "FROM new_ranks n WHERE run_molecules.run_id = ? AND run_molecules.molecule_id = n.molecule_id");
             Statement clear = connection.createStatement()) {
            fill.setString(1, pairs.toString());
            fill.executeUpdate();
            update.setLong(1, runId);
            update.executeUpdate();
            clear.execute("DELETE FROM new_ranks");
        }
    }

    /** A run that ends without ranks (cancelled, failed, interrupted) is ranked here, by the same rule. */
    private void rankUnranked(long runId) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement(
                "SELECT 1 FROM run_molecules WHERE run_id = ? AND rank IS NULL LIMIT 1")) {
            any.setLong(1, runId);
            try (ResultSet r = any.executeQuery()) {
                if (!r.next()) {
                    return;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Ranking.Key> keys = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT rm.molecule_id, rm.filtered_by IS NOT NULL, "
                + "rm.score, m.smiles FROM run_molecules rm JOIN molecules m ON m.id = rm.molecule_id WHERE rm.run_id = ?")) {
            p.setLong(1, runId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                    boolean filtered = r.getBoolean(2);
                    double score = r.getDouble(3);
                    double total = r.wasNull() ? Double.NaN : score;
                    keys.add(new Ranking.Key(filtered, total, r.getString(4)));
                }
            }
        }
        writeRanks(runId, ids, Ranking.ranks(keys));
    }

    private void markDeadRunsInterrupted() throws SQLException, LibraryException {
        List<Long> dead = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, writer_pid, writer_started FROM runs WHERE status = 'running'")) {
            while (r.next()) {
                if (!new WriterProcess(r.getLong(2), r.getLong(3)).alive()) {
                    dead.add(r.getLong(1));
                }
            }
        }
        for (long id : dead) {
            finishRun(id, RunStatus.INTERRUPTED);
        }
    }

    private void requireRunning(long runId) throws SQLException, LibraryException {
        try (PreparedStatement p = connection.prepareStatement("SELECT status FROM runs WHERE id = ?")) {
            p.setLong(1, runId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new LibraryException("no run " + runId + " in the library");
                }
                if (!"running".equals(r.getString(1))) {
                    throw new LibraryException("run " + runId + " is " + r.getString(1) + "; it takes no more molecules");
                }
            }
        }
    }

    private Long moleculeId(String smiles) throws SQLException {
        findMolecule.setString(1, smiles);
        try (ResultSet r = findMolecule.executeQuery()) {
            return r.next() ? r.getLong(1) : null;
        }
    }

    /** Inserts a molecule not yet stored and returns its id; null (nothing written) when it is already there. */
    private Long insertMoleculeIfNew(AnalyzedMolecule m) throws SQLException {
        PreparedStatement p = insertMolecule;
        int i = 1;
        p.setString(i++, m.smiles());
        p.setString(i++, m.molecule().inchiKey());
        p.setString(i++, m.formula());
        for (Descriptor d : Descriptor.values()) {
            double v = d.valueOf(m);
            if (d.integral() && Double.isFinite(v)) {
                p.setLong(i++, (long) v);
            } else {
                setDouble(p, i++, v);
            }
        }
        p.setString(i++, MoleculeCodec.alerts(m.alerts().hits()));
        p.setBytes(i++, MoleculeCodec.pack(m.ecfp4()));
        p.setBytes(i, m.substructureKeys() == null ? null : MoleculeCodec.pack(m.substructureKeys()));
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? r.getLong(1) : null;
        }
    }

    // ---- runs: listing and curation ----

    public synchronized List<RunSummary> runs() throws LibraryException {
        return read("list runs", () -> selectRuns(null));
    }

    public synchronized Optional<RunSummary> run(long id) throws LibraryException {
        return read("read run " + id, () -> selectRuns(id).stream().findFirst());
    }

    private List<RunSummary> selectRuns(Long id) throws SQLException {
        String sql = "SELECT r.id, r.kind, r.name, r.status, r.created, r.finished, "
                + "(SELECT count(*) FROM run_molecules rm WHERE rm.run_id = r.id), r.config, r.model_id, r.model_hash, "
                + "r.seed, r.parent_run, r.notes, r.sampled, r.valid, r.median_score FROM runs r" + (id == null ? "" : " WHERE r.id = ?") + " ORDER BY r.id";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (id != null) {
                p.setLong(1, id);
            }
            List<RunSummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new RunSummary(r.getLong(1), RunKind.of(r.getString(2)), r.getString(3),
                            RunStatus.of(r.getString(4)), r.getLong(5), longOrNull(r, 6), r.getLong(7), r.getString(8),
                            r.getString(9), r.getString(10), longOrNull(r, 11), longOrNull(r, 12), r.getString(13),
                            longOrNull(r, 14), longOrNull(r, 15), doubleOrNull(r, 16)));
                }
            }
            return out;
        }
    }

    public synchronized void renameRun(long runId, String name) throws LibraryException {
        updateRun(runId, "name", name, "rename run " + runId);
    }

    public synchronized void noteRun(long runId, String notes) throws LibraryException {
        updateRun(runId, "notes", notes, "annotate run " + runId);
    }

    private void updateRun(long runId, String column, String value, String action) throws LibraryException {
        write(action, () -> {
            try (PreparedStatement p = connection.prepareStatement("UPDATE runs SET " + column + " = ? WHERE id = ?")) {
                p.setString(1, value == null ? "" : value);
                p.setLong(2, runId);
                if (p.executeUpdate() == 0) {
                    throw new LibraryException("no run " + runId + " in the library");
                }
            }
            return null;
        });
    }

    /** Deletes a run; molecules that no other run holds go with it. Returns how many molecules were removed. */
    public synchronized int deleteRun(long runId) throws LibraryException {
        int removed = write("delete run " + runId, () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS doomed (id INTEGER PRIMARY KEY)");
                s.execute("DELETE FROM temp.doomed");
                s.execute("INSERT INTO temp.doomed SELECT molecule_id FROM run_molecules WHERE run_id = " + runId);
                if (s.executeUpdate("DELETE FROM runs WHERE id = " + runId) == 0) {
                    throw new LibraryException("no run " + runId + " in the library");
                }
                int n = s.executeUpdate("DELETE FROM molecules WHERE id IN (SELECT id FROM temp.doomed) "
                        + "AND NOT EXISTS (SELECT 1 FROM run_molecules rm WHERE rm.molecule_id = molecules.id)");
                s.execute("DELETE FROM temp.doomed");
                return n;
            }
        });
        if (removed > 0) {
            dropIndex();
        }
        return removed;
    }

    // ---- molecules: curation ----

    public synchronized void tag(Collection<Long> moleculeIds, String tag) throws LibraryException {
        String t = requireTag(tag);
        forEachMolecule("tag molecules", moleculeIds, "INSERT INTO molecule_tags (molecule_id, tag) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", t);
    }

    public synchronized void untag(Collection<Long> moleculeIds, String tag) throws LibraryException {
        forEachMolecule("untag molecules", moleculeIds, "DELETE FROM molecule_tags WHERE molecule_id = ? AND tag = ?",
                requireTag(tag));
    }

    public synchronized void star(Collection<Long> moleculeIds, boolean starred) throws LibraryException {
        forEachMolecule(starred ? "star molecules" : "unstar molecules", moleculeIds,
                "UPDATE molecules SET starred = ?2 WHERE id = ?1", starred ? 1 : 0);
    }

    /** Rates molecules from 1 to 5; 0 clears the rating. */
    public synchronized void rate(Collection<Long> moleculeIds, int rating) throws LibraryException {
        forEachMolecule("rate molecules", moleculeIds, "UPDATE molecules SET rating = ?2 WHERE id = ?1",
                requireRating(rating));
    }

    static int requireRating(int rating) {
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("a rating must be 0 to 5, not " + rating);
        }
        return rating;
    }

    public synchronized void noteMolecule(long moleculeId, String notes) throws LibraryException {
        forEachMolecule("annotate molecule " + moleculeId, List.of(moleculeId),
                "UPDATE molecules SET notes = ?2 WHERE id = ?1", notes == null ? "" : notes);
    }

    /** Applies curation read from a file to molecules, all in one transaction; {@code ids} and {@code curation} pair up. */
    public synchronized void curate(List<Long> ids, List<Curation> curation) throws LibraryException {
        if (ids.size() != curation.size()) {
            throw new IllegalArgumentException("ids and curation differ in length");
        }
        write("store tags, stars, ratings and notes", () -> {
            try (PreparedStatement tag = connection.prepareStatement(
                    "INSERT INTO molecule_tags (molecule_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement star = connection.prepareStatement("UPDATE molecules SET starred = 1 WHERE id = ?");
                 PreparedStatement rating = connection.prepareStatement("UPDATE molecules SET rating = ? WHERE id = ?");
                 PreparedStatement notes = connection.prepareStatement("UPDATE molecules SET notes = ? WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    long id = ids.get(i);
                    Curation c = curation.get(i);
                    for (String t : c.tags()) {
                        tag.setLong(1, id);
                        tag.setString(2, requireTag(t));
                        tag.executeUpdate();
                    }
                    if (c.starred()) {
                        star.setLong(1, id);
                        star.executeUpdate();
                    }
                    if (c.rating() > 0) {
                        rating.setInt(1, c.rating());
                        rating.setLong(2, id);
                        rating.executeUpdate();
                    }
                    if (!c.notes().isBlank()) {
                        notes.setString(1, c.notes());
                        notes.setLong(2, id);
                        notes.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static String requireTag(String tag) {
        if (tag == null || tag.isBlank() || tag.contains(";")) {
            throw new IllegalArgumentException("a tag must be non-empty and must not contain ';'");
        }
        return tag.strip();
    }

    private void forEachMolecule(String action, Collection<Long> ids, String sql, Object value) throws LibraryException {
        write(action, () -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM molecules WHERE id = ?");
                 PreparedStatement p = connection.prepareStatement(sql)) {
                for (long id : ids) {
                    exists.setLong(1, id);
                    try (ResultSet r = exists.executeQuery()) {
                        if (!r.next()) {
                            throw new LibraryException("no molecule " + id + " in the library");
                        }
                    }
                    p.setLong(1, id);
                    p.setObject(2, value);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    // ---- molecules: queries ----

    public synchronized List<LibraryMolecule> molecules(MoleculeQuery q) throws LibraryException {
        return read("query molecules", () -> new MoleculeSelect(connection, q).list());
    }

    public synchronized long count(MoleculeQuery q) throws LibraryException {
        return read("count molecules", () -> new MoleculeSelect(connection, q).count());
    }

    public synchronized Optional<LibraryMolecule> molecule(long id) throws LibraryException {
        return read("read molecule " + id, () -> MoleculeSelect.byId(connection, id));
    }

    /** Molecule ids for canonical SMILES (absent ones are left out). */
    public synchronized Optional<Long> idOf(String canonicalSmiles) throws LibraryException {
        return read("find a molecule", () -> Optional.ofNullable(moleculeId(canonicalSmiles)));
    }

    /** ECFP4 Tanimoto search: the {@code top} most similar (0 = all) with similarity at least {@code min}. */
    public synchronized List<SearchHit> similar(Fingerprint query, double min, int top) throws LibraryException {
        return read("search by similarity", () -> {
            syncIndex();
            List<SearchHit> hits = new ArrayList<>();
            for (FingerprintIndex.Scored s : index.search(query.words(), min, top)) {
                hits.add(new SearchHit(s.id(), smilesOf(s.id()), s.similarity(), runsOf(s.id())));
            }
            return hits;
        });
    }

    /**
     * SMARTS search: a formula and size screen, a substructure-key screen ({@link
     * org.denovo.core.chem.SubstructureKeys}), then atom-by-atom matching on all cores; at most {@code top} hits
     * (0 = all), in id order.
     */
    public synchronized List<SearchHit> substructure(String smarts, int top) throws LibraryException {
        SubstructureQuery query = SubstructureQuery.compile(smarts);
        SmartsScreen screen = SmartsScreen.of(smarts);
        return read("search by substructure", () -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT id, smiles, formula, skeys FROM molecules WHERE heavy_atoms >= ? ORDER BY id")) {
                p.setInt(1, screen.minHeavyAtoms());
                try (ResultSet r = p.executeQuery()) {
                    List<SearchHit> block = new ArrayList<>(SEARCH_BLOCK);
                    while (top <= 0 || hits.size() < top) {
                        block.clear();
                        while (block.size() < SEARCH_BLOCK && r.next()) {
                            byte[] keys = r.getBytes(4);
                            // bit tests first: they are cheaper than reading the formula
                            if ((keys == null || query.mayMatchKeys(MoleculeCodec.unpack(keys)))
                                    && screen.mayMatch(r.getString(3))) {
                                block.add(new SearchHit(r.getLong(1), r.getString(2), 1.0, List.of()));
                            }
                        }
                        if (block.isEmpty()) {
                            break;
                        }
                        // atom-by-atom matching of a block on all cores; hits keep id order
                        block.parallelStream().filter(h -> matchesQuietly(query, h.smiles())).forEachOrdered(h -> {
                            if (top <= 0 || hits.size() < top) {
                                hits.add(h);
                            }
                        });
                    }
                }
            }
            List<SearchHit> withRuns = new ArrayList<>(hits.size());
            for (SearchHit h : hits) {
                withRuns.add(new SearchHit(h.id(), h.smiles(), 1.0, runsOf(h.id())));
            }
            return withRuns;
        });
    }

    private static final int SEARCH_BLOCK = 4096;

    private static boolean matchesQuietly(SubstructureQuery query, String smiles) {
        try {
            return query.matchesCanonical(smiles); // stored SMILES are the app's canonical SMILES
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String smilesOf(long id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT smiles FROM molecules WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    private List<Long> runsOf(long moleculeId) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT run_id FROM run_molecules WHERE molecule_id = ? ORDER BY run_id")) {
            p.setLong(1, moleculeId);
            List<Long> runs = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    runs.add(r.getLong(1));
                }
            }
            return runs;
        }
    }

    // ---- fingerprint index ----

    /** Picks up molecules other connections added or removed since the index was last in sync. */
    private void syncIndex() throws SQLException {
        if (!indexLoaded) {
            reloadIndex();
            return;
        }
        int version = intPragma(connection, "data_version");
        if (version == dataVersion) {
            return;
        }
        loadFingerprints(index.maxId());
        long stored;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM molecules")) {
            stored = r.next() ? r.getLong(1) : 0;
        }
        if (stored != index.size()) {
            reloadIndex();
        }
        dataVersion = version;
    }

    private void reloadIndex() throws SQLException {
        index.clear();
        indexLoaded = false;
        loadFingerprints(0);
        dataVersion = intPragma(connection, "data_version");
        indexLoaded = true;
    }

    /** After a rollback or deletion: drop the index; the next search reloads it. */
    private void dropIndex() {
        index.clear();
        indexLoaded = false;
    }

    private void loadFingerprints(long afterId) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id, fp FROM molecules WHERE id > ? ORDER BY id")) {
            p.setLong(1, afterId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    index.add(r.getLong(1), MoleculeCodec.unpack(r.getBytes(2)));
                }
            }
        }
    }

    // ---- maintenance ----

    /** {@code PRAGMA integrity_check}: "ok" when the file is sound. */
    public synchronized String integrityCheck() throws LibraryException {
        return read("check the library", () -> {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                return r.next() ? r.getString(1) : "no answer";
            }
        });
    }

    /** Caps the file size in pages, to simulate a full disk in tests. */
    synchronized void limitPages(long pages) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA max_page_count = " + pages);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    // ---- plumbing ----

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException, LibraryException;
    }

    private <T> T read(String action, SqlWork<T> work) throws LibraryException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqlErrors.describe(file, action, e);
        }
    }

    private <T> T write(String action, SqlWork<T> work) throws LibraryException {
        return write(action, work, () -> { });
    }

    /** Runs {@code work} in one IMMEDIATE transaction: all of it is stored, or none of it. */
    private <T> T write(String action, SqlWork<T> work, Runnable onRollback) throws LibraryException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run();
                s.execute("COMMIT");
                return result;
            } catch (SQLException | LibraryException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // SQLite already rolled back (e.g. on a full disk)
                }
                onRollback.run();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.describe(file, action, e);
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setLong(i, v);
        }
    }

    private static void setDouble(PreparedStatement p, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            p.setDouble(i, v);
        } else {
            p.setNull(i, Types.REAL);
        }
    }

    private static Double doubleOrNull(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to save
        }
    }
}
