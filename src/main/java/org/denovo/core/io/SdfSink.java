package org.denovo.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.denovo.core.chem.MolBlocks;
import org.denovo.core.score.ScoredMolecule;

/**
 * Writes SD records in the order given. The 2D layout (most of the cost) runs for a chunk of molecules at a
 * time on {@code threads} threads, each with its own {@link MolBlocks}; records are written in order.
 */
final class SdfSink implements ExportSink {
    private static final int CHUNK = 256;

    private final Writer out;
    private final ExecutorService pool;
    private final ThreadLocal<MolBlocks> blocks = ThreadLocal.withInitial(MolBlocks::new);
    private final List<ScoredMolecule> pending = new ArrayList<>(CHUNK);

    SdfSink(Writer out, int threads) {
        this.out = out;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sdf-layout");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @Override
    public void write(ScoredMolecule molecule) throws IOException {
        pending.add(molecule);
        if (pending.size() == CHUNK) {
            flushPending();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flushPending();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            out.close();
        }
    }

    private void flushPending() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<Future<String>> laidOut = new ArrayList<>(pending.size());
        if (pool != null) {
            for (ScoredMolecule s : pending) {
                laidOut.add(pool.submit(() -> molBlock(s)));
            }
        }
        try {
            for (int i = 0; i < pending.size(); i++) {
                ScoredMolecule s = pending.get(i);
                writeRecord(s, pool != null ? result(laidOut.get(i)) : molBlock(s));
            }
        } finally {
            laidOut.forEach(f -> f.cancel(true));
            pending.clear();
        }
    }

    private String molBlock(ScoredMolecule s) throws IOException {
        String name = s.molecule().molecule().name();
        String title = name.isEmpty() ? "rank " + s.rank() : name;
        try {
            return blocks.get().molBlock(s.molecule().smiles(), title);
        } catch (RuntimeException e) {
            throw new IOException("cannot lay out " + s.molecule().smiles() + ": " + e.getMessage(), e);
        }
    }

    private static String result(Future<String> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while laying out molecules");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private void writeRecord(ScoredMolecule s, String molBlock) throws IOException {
        out.write(molBlock);
        for (Map.Entry<String, String> tag : ScoredFields.of(s).entrySet()) {
            if (tag.getValue().isEmpty()) {
                continue;
            }
            out.write("> <" + tag.getKey() + ">\n" + tag.getValue().replace("\n", " ") + "\n\n");
        }
        out.write("$$$$\n");
    }
}
