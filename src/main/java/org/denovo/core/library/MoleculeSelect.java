package org.denovo.core.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.MolecularProperties;
import org.denovo.core.chem.Molecule;
import org.denovo.core.chem.alerts.AlertReport;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;

/** Builds and runs the SQL for a {@link MoleculeQuery}, and turns rows back into molecules. */
final class MoleculeSelect {
    private static final String COLUMNS = "m.*, rm.run_id AS member_run, rm.rank AS member_rank, rm.score AS member_score, "
            + "rm.filtered_by AS member_filtered, rm.components AS member_components, rm.name AS member_name, "
            + "rm.tags AS member_tags, (SELECT group_concat(t.tag, ';') FROM molecule_tags t WHERE t.molecule_id = m.id) AS curation_tags";
    private static final String FROM = " FROM molecules m JOIN run_molecules rm ON rm.molecule_id = m.id";
    private static final String LATEST_RUN = "rm.run_id = (SELECT max(x.run_id) FROM run_molecules x WHERE x.molecule_id = m.id)";

    private final Connection connection;
    private final MoleculeQuery query;
    private final List<Object> parameters = new ArrayList<>();
    private final String where;

    MoleculeSelect(Connection connection, MoleculeQuery query) {
        this.connection = connection;
        this.query = query;
        StringBuilder w = new StringBuilder(" WHERE ");
        if (query.runId() != null) {
            w.append("rm.run_id = ?");
            parameters.add(query.runId());
        } else {
            w.append(LATEST_RUN);
        }
        if (query.tag() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM molecule_tags t WHERE t.molecule_id = m.id AND t.tag = ?)");
            parameters.add(query.tag());
        }
        if (query.starred()) {
            w.append(" AND m.starred = 1");
        }
        if (query.minRating() > 0) {
            w.append(" AND m.rating >= ?");
            parameters.add(query.minRating());
        }
        for (PropertyRange range : query.ranges()) {
            String column = MoleculeColumns.sql(range.column());
            if (range.min() != null) {
                w.append(" AND ").append(column).append(" >= ?");
                parameters.add(range.min());
            }
            if (range.max() != null) {
                w.append(" AND ").append(column).append(" <= ?");
                parameters.add(range.max());
            }
        }
        this.where = w.toString();
    }

    List<LibraryMolecule> list() throws SQLException {
        String order = " ORDER BY " + MoleculeColumns.sql(query.sortBy()) + (query.descending() ? " DESC" : " ASC")
                + " NULLS LAST, m.id";
        String page = query.limit() > 0 ? " LIMIT " + query.limit() + " OFFSET " + query.offset()
                : query.offset() > 0 ? " LIMIT -1 OFFSET " + query.offset() : "";
        try (PreparedStatement p = prepared("SELECT " + COLUMNS + FROM + where + order + page)) {
            return rows(p);
        }
    }

    long count() throws SQLException {
        try (PreparedStatement p = prepared("SELECT count(*)" + FROM + where); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    static Optional<LibraryMolecule> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT " + COLUMNS + FROM + " WHERE m.id = ? AND " + LATEST_RUN)) {
            p.setLong(1, id);
            return rows(p).stream().findFirst();
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement p = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            p.setObject(i + 1, parameters.get(i));
        }
        return p;
    }

    private static List<LibraryMolecule> rows(PreparedStatement p) throws SQLException {
        List<LibraryMolecule> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(row(r));
            }
        }
        return out;
    }

    private static LibraryMolecule row(ResultSet r) throws SQLException {
        MolecularProperties props = new MolecularProperties(r.getDouble("mol_weight"), r.getInt("heavy_atoms"),
                r.getInt("rings"), r.getInt("aromatic_rings"), r.getInt("hbd"), r.getInt("hba"), r.getDouble("tpsa"),
                r.getInt("rotatable_bonds"), r.getDouble("crippen_logp"), r.getDouble("fsp3"), r.getDouble("qed"),
                r.getInt("formal_charge"), r.getInt("stereocentres"), r.getInt("lipinski_violations"),
                r.getInt("veber_pass") == 1);
        AlertReport alerts = new AlertReport(MoleculeCodec.alerts(r.getString("alerts")), r.getInt("pains") == 1,
                r.getInt("moses_filters") == 1);
        String name = r.getString("member_name");
        AnalyzedMolecule m = new AnalyzedMolecule(new Molecule(r.getString("smiles"), r.getString("inchikey"),
                name == null ? "" : name), r.getString("formula"), props, nanIfNull(r, "sa_score"), alerts,
                new Fingerprint(MoleculeCodec.unpack(r.getBytes("fp"))), keys(r.getBytes("skeys")),
                MoleculeCodec.tags(r.getString("member_tags")), List.of());
        double total = nanIfNull(r, "member_score");
        String filtered = r.getString("member_filtered");
        Score score = new Score(filtered != null ? 0.0 : total, MoleculeCodec.components(r.getString("member_components")),
                filtered);
        int rank = r.getInt("member_rank");
        String tags = r.getString("curation_tags");
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(";")).sorted().toList();
        return new LibraryMolecule(r.getLong("id"), r.getLong("member_run"), new ScoredMolecule(m, score, rank),
                r.getInt("starred") == 1, r.getInt("rating"), r.getString("notes"), tagList);
    }

    private static Fingerprint keys(byte[] packed) {
        return packed == null ? null : new Fingerprint(MoleculeCodec.unpack(packed));
    }

    private static double nanIfNull(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Double.NaN : v;
    }
}
