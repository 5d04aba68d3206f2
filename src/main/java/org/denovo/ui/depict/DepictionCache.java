package org.denovo.ui.depict;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import java.util.function.Supplier;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.core.chem.depict.Depictor;
import org.denovo.ui.task.TaskRunner;

/**
 * 2D depictions for table cells, rendered off the UI thread, newest request first (so the rows on screen
 * come before rows scrolled past), and kept in a bounded LRU cache keyed by SMILES and size.
 */
public final class DepictionCache implements AutoCloseable {
    private static final int CAPACITY = 4000;
    private final Depictor depictor = new Depictor();
    private final TaskRunner runner;
    private final ThreadPoolExecutor pool;
    private final Map<String, Image> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<String, List<Consumer<Image>>> pending = new HashMap<>();

    public DepictionCache(TaskRunner runner) {
        this.runner = runner;
        LinkedBlockingDeque<Runnable> lifo = new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable r) {
                return offerFirst(r);
            }
        };
        this.pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, lifo, r -> {
            Thread t = new Thread(r, "denovo-depict");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** The image if it is ready; otherwise null, and {@code onReady} gets it on the UI thread later. Call on the UI thread. */
    public Image get(String smiles, int width, int height, Collection<int[]> highlights, Consumer<Image> onReady) {
        List<int[]> marks = List.copyOf(highlights);
        return get(key(smiles, width, height, highlights), smiles, width, height, () -> marks, onReady);
    }

    /**
     * As {@link #get(String, int, int, Collection, Consumer)}, with the matches of a substructure highlighted (found
     * off the UI thread); no highlight when {@code query} is null.
     */
    public Image get(String smiles, int width, int height, SubstructureQuery query, Consumer<Image> onReady) {
        if (query == null) {
            return get(smiles, width, height, List.of(), onReady);
        }
        return get(key(smiles, width, height, List.of()) + "|q:" + query.smarts(), smiles, width, height,
                () -> query.matchedAtomsCanonical(smiles, 20), onReady);
    }

    private Image get(String key, String smiles, int width, int height, Supplier<List<int[]>> highlights,
                      Consumer<Image> onReady) {
        Image image = cache.get(key);
        if (image != null) {
            return image;
        }
        List<Consumer<Image>> waiting = pending.get(key);
        if (waiting != null) {
            waiting.add(onReady);
            return null;
        }
        waiting = new ArrayList<>();
        waiting.add(onReady);
        pending.put(key, waiting);
        pool.execute(() -> {
            Image rendered;
            try {
                BufferedImage img = depictor.depict(smiles, width, height, highlights.get());
                rendered = SwingFXUtils.toFXImage(img, null);
            } catch (Exception | LinkageError e) {
                rendered = null;
            }
            Image done = rendered;
            runner.onUi(() -> {
                List<Consumer<Image>> callbacks = pending.remove(key);
                if (done != null) {
                    cache.put(key, done);
                }
                if (callbacks != null) {
                    callbacks.forEach(c -> c.accept(done));
                }
            });
        });
        return null;
    }

    private static String key(String smiles, int width, int height, Collection<int[]> highlights) {
        StringBuilder k = new StringBuilder(smiles).append('|').append(width).append('x').append(height);
        for (int[] h : highlights) {
            k.append('|').append(java.util.Arrays.toString(h));
        }
        return k.toString();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
