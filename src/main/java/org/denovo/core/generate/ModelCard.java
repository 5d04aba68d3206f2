package org.denovo.core.generate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a model is, from its {@code manifest.json}: id, architecture, size, training data, measured metrics,
 * hash of the weights, date and licence. {@code manifest} keeps the whole document for display.
 */
public record ModelCard(String id, String architecture, long parameters, int layers, int hidden,
                        String trainingData, long trainingMolecules, double epochs, long seed,
                        String sha256, String date, String license, JsonNode metrics, JsonNode manifest) {

    static ModelCard fromManifest(JsonNode m) {
        JsonNode arch = m.path("architecture");
        JsonNode train = m.path("training");
        String archText = arch.path("layers").asInt() + "x" + arch.path("hidden").asInt() + " "
                + arch.path("type").asText("GRU");
        return new ModelCard(m.path("id").asText(), archText, m.path("parameters").asLong(),
                arch.path("layers").asInt(), arch.path("hidden").asInt(),
                train.path("data").asText(), train.path("molecules").asLong(), train.path("epochs").asDouble(),
                train.path("seed").asLong(), m.path("sha256").asText(), m.path("date").asText(),
                m.path("license").asText(), m.path("metrics"), m);
    }

    /** One line for lists and logs. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s: %s, %,d parameters, trained on %,d %s molecules for %.1f epochs%s",
                id, architecture, parameters, trainingMolecules, trainingData, epochs, fineTuning())
                + (quantized() ? ", weights quantised to int8 (from " + manifest.path("quantization").path("from").asText() + ")" : "");
    }

    /**
     * A short description for a side panel: id, network, training set size, number of training stages and the
     * headline metrics, e.g. "m · 3x384 GRU, 215,891 chembl_train molecules, 7 training stages · on 10,000
     * samples: validity 0.973, KL score 0.977, IntDiv1 0.868".
     */
    public String brief() {
        int stages = Math.max(1, manifest.path("training_stages").size());
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%s · %s, %,d %s molecules, %d training stage%s",
                id, architecture, trainingMolecules, trainingData.replaceFirst("\\.smi(\\.gz)?$", ""), stages,
                stages == 1 ? "" : "s"));
        if (quantized()) {
            out.append(", int8");
        }
        if (metrics != null && metrics.has("validity")) {
            out.append(String.format(java.util.Locale.ROOT, " · on %,d samples: validity %.3f, KL score %.3f, IntDiv1 %.3f",
                    metrics.path("samples").asLong(), metrics.path("validity").asDouble(),
                    metrics.path("kl_score").asDouble(), metrics.path("int_div1").asDouble()));
        }
        return out.toString();
    }

    /** The measured metrics in one line ("measured on 10,000 samples: validity 0.955, ..."), or "" without any. */
    public String metricsSummary() {
        if (metrics == null || !metrics.has("validity")) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "measured on %,d samples: validity %.3f, unique@10k %.3f, "
                        + "novelty %.3f, KL score %.3f, IntDiv1 %.3f, Filters %.3f", metrics.path("samples").asLong(),
                metrics.path("validity").asDouble(), metrics.path("unique_at_10k").asDouble(),
                metrics.path("novelty").asDouble(), metrics.path("kl_score").asDouble(),
                metrics.path("int_div1").asDouble(), metrics.path("filters_pass_rate").asDouble());
    }

    /**
     * The fidelity table of the manifest's metrics: mean and median of each descriptor, generated against the
     * reference set, and their Kolmogorov-Smirnov distance; "" when the manifest has none.
     */
    public String fidelityTable() {
        JsonNode fidelity = metrics == null ? null : metrics.path("fidelity");
        if (fidelity == null || !fidelity.isObject() || fidelity.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%-15s %17s %17s %6s%n",
                "descriptor", "generated mean/med", "reference mean/med", "KS"));
        fidelity.fields().forEachRemaining(e -> {
            JsonNode d = e.getValue();
            out.append(String.format(java.util.Locale.ROOT, "%-15s %9.2f / %6.2f %9.2f / %6.2f %6.3f%n", e.getKey(),
                    d.path("generatedMean").asDouble(), d.path("generatedMedian").asDouble(),
                    d.path("referenceMean").asDouble(), d.path("referenceMedian").asDouble(), d.path("ks").asDouble()));
        });
        if (metrics.has("small_fraction")) {
            out.append(String.format(java.util.Locale.ROOT, "under 15 heavy atoms: %.3f (reference %.3f)%n",
                    metrics.path("small_fraction").asDouble(), metrics.path("reference_small_fraction").asDouble()));
        }
        return out.toString();
    }

    /** True for a model made by models/train/quantize.py from a float model. */
    public boolean quantized() {
        return manifest.has("quantization");
    }

    /** Later training stages that describe themselves, e.g. ", then tuned by reinforcement towards ...". */
    private String fineTuning() {
        StringBuilder out = new StringBuilder();
        for (JsonNode stage : manifest.path("training_stages")) {
            if (stage.hasNonNull("summary")) {
                out.append(", ").append(stage.get("summary").asText());
            }
        }
        return out.toString();
    }
}
