package org.denovo.core.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as an ordered list of migrations; {@code PRAGMA user_version} holds how many are applied.
 * Never edit a released migration: append a new one.
 */
final class Migrations {
    /** "DNVO": marks a file as a DeNovo library ({@code PRAGMA application_id}). */
    static final int APPLICATION_ID = 0x444E564F;

    private static final List<String> STEPS = List.of(
            // 1: runs, molecules (one row per canonical SMILES), membership, curation tags
            """
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL CHECK (kind IN ('generate','score','import','optimize')),
              name TEXT NOT NULL,
              status TEXT NOT NULL CHECK (status IN ('running','finished','interrupted','cancelled','failed')),
              created INTEGER NOT NULL,
              finished INTEGER,
              config TEXT NOT NULL,
              model_id TEXT,
              model_hash TEXT,
              seed INTEGER,
              parent_run INTEGER REFERENCES runs(id) ON DELETE SET NULL,
              notes TEXT NOT NULL DEFAULT '',
              writer_pid INTEGER,
              writer_started INTEGER
            );
            CREATE TABLE molecules (
              id INTEGER PRIMARY KEY,
              smiles TEXT NOT NULL UNIQUE,
              inchikey TEXT NOT NULL,
              formula TEXT NOT NULL,
              mol_weight REAL, heavy_atoms INTEGER, rings INTEGER, aromatic_rings INTEGER, hbd INTEGER, hba INTEGER,
              tpsa REAL, rotatable_bonds INTEGER, crippen_logp REAL, fsp3 REAL, qed REAL, sa_score REAL,
              pains INTEGER, moses_filters INTEGER, formal_charge INTEGER, stereocentres INTEGER,
              lipinski_violations INTEGER, veber_pass INTEGER, alert_count INTEGER,
              alerts TEXT,
              fp BLOB NOT NULL,
              star INTEGER NOT NULL DEFAULT 0 CHECK (star BETWEEN 0 AND 5),
              notes TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE run_molecules (
              run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
              molecule_id INTEGER NOT NULL REFERENCES molecules(id),
              rank INTEGER,
              score REAL,
              filtered_by TEXT,
              components TEXT,
              round INTEGER,
              parent_molecule INTEGER REFERENCES molecules(id) ON DELETE SET NULL,
              name TEXT NOT NULL DEFAULT '',
              tags TEXT,
              PRIMARY KEY (run_id, molecule_id)
            ) WITHOUT ROWID;
            CREATE INDEX run_molecules_by_molecule ON run_molecules(molecule_id);
            CREATE INDEX run_molecules_by_rank ON run_molecules(run_id, rank);
            CREATE TABLE molecule_tags (
              molecule_id INTEGER NOT NULL REFERENCES molecules(id) ON DELETE CASCADE,
              tag TEXT NOT NULL,
              PRIMARY KEY (molecule_id, tag)
            ) WITHOUT ROWID;
            CREATE INDEX molecule_tags_by_tag ON molecule_tags(tag, molecule_id);
            CREATE INDEX molecules_by_star ON molecules(star) WHERE star > 0;
            """,
            // 2: substructure keys (SubstructureKeys) screening SMARTS search; NULL for molecules stored before
            """
            ALTER TABLE molecules ADD COLUMN skeys BLOB;
            """,
            // 3: run statistics for the run list: strings sampled, valid among them, median score at finish
            """
            ALTER TABLE runs ADD COLUMN sampled INTEGER;
            ALTER TABLE runs ADD COLUMN valid INTEGER;
            ALTER TABLE runs ADD COLUMN median_score REAL;
            """,
            // 4: a star (a mark) apart from the rating (0-5); a molecule rated before keeps its rating and is starred
            """
            DROP INDEX molecules_by_star;
            ALTER TABLE molecules RENAME COLUMN star TO rating;
            ALTER TABLE molecules ADD COLUMN starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1));
            UPDATE molecules SET starred = 1 WHERE rating > 0;
            CREATE INDEX molecules_by_rating ON molecules(rating) WHERE rating > 0;
            CREATE INDEX molecules_starred ON molecules(id) WHERE starred = 1;
            """);

    private Migrations() {
    }

    static int latest() {
        return STEPS.size();
    }

    /**
     * Applies the missing steps in one IMMEDIATE transaction, re-reading the version inside it so two processes
     * opening a new library at once do not both migrate. The caller has checked the version is not newer.
     */
    static void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int current;
                try (var r = s.executeQuery("PRAGMA user_version")) {
                    current = r.next() ? r.getInt(1) : 0;
                }
                for (int v = current; v < latest(); v++) {
                    for (String sql : STEPS.get(v).split(";")) {
                        if (!sql.isBlank()) {
                            s.execute(sql);
                        }
                    }
                }
                if (current < latest()) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + latest());
                }
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }
}
