package org.denovo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.denovo.core.metrics.DescriptorComparison;
import org.denovo.core.metrics.DistributionMetrics;
import org.denovo.core.metrics.MetricsCalculator;
import org.denovo.core.metrics.MetricsRun;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Distribution-learning metrics of sampled strings.",
                "Input is e.g. `generate --raw` output. Reports validity, uniqueness@1k/@10k, novelty,",
                "IntDiv1 (Morgan radius 2, 1,024 bits, as MOSES), MOSES Filters pass rate,",
                "and with --reference the GuacaMol KL score (nine descriptors and nearest-neighbour similarity)",
                "and a fidelity table: mean, median and Kolmogorov-Smirnov distance of each descriptor",
                "against the reference, and the share of molecules under 15 heavy atoms."},
        footer = {"%nExample:%n  denovo metrics --in samples.smi --train chembl_train.smi.gz --reference chembl_valid.smi.gz --json"})
final class MetricsCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "SAMPLES", description = "One sampled string per line; blank lines count as invalid.")
    Path samples;

    @Option(names = "--train", paramLabel = "TRAIN", description = {"Training SMILES file (novelty, and IntDiv1/Filters of an evenly",
            "spaced 10,000-molecule sample), or a model folder with train_keys.bin (novelty only)."})
    Path train;

    @Option(names = "--reference", paramLabel = "REF", description = "Reference SMILES for the KL score and reference IntDiv/Filters.")
    Path reference;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "molecules");
        DistributionMetrics m = new MetricsRun(samples, train, reference, common.threads)
                .run(new WorkContext(new Cancellation(), common.quiet ? ProgressListener.NONE : progress));
        progress.finish();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(m));
        } else {
            out.printf(Locale.ROOT, "samples            %d%n", m.samples());
            out.printf(Locale.ROOT, "validity           %.4f  (%d valid)%n", m.validity(), m.valid());
            out.printf(Locale.ROOT, "unique@1k          %.4f%n", m.uniqueAt1k());
            out.printf(Locale.ROOT, "unique@10k         %.4f%n", m.uniqueAt10k());
            out.printf(Locale.ROOT, "novelty            %s%n", fmt(m.novelty()));
            out.printf(Locale.ROOT, "IntDiv1            %.4f%s%s%n", m.intDiv1(), ref(m.referenceIntDiv1()),
                    train(m.trainingIntDiv1()));
            out.printf(Locale.ROOT, "Filters pass rate  %.4f%s%s%n", m.filtersPassRate(), ref(m.referenceFiltersPassRate()),
                    train(m.trainingFiltersPassRate()));
            out.printf(Locale.ROOT, "KL score           %s%n", fmt(m.klScore()));
            for (Map.Entry<String, Double> kl : m.klDivergences().entrySet()) {
                out.printf(Locale.ROOT, "  KL %-17s %.4f%n", kl.getKey(), kl.getValue());
            }
            if (!m.fidelity().isEmpty()) {
                out.printf(Locale.ROOT, "under %d heavy atoms %.4f  (reference %.4f)%n",
                        MetricsCalculator.SMALL_MOLECULE_HEAVY_ATOMS, m.smallFraction(), m.referenceSmallFraction());
                out.printf(Locale.ROOT, "%-16s %10s %10s %10s %10s %7s%n", "descriptor", "mean", "ref mean", "median",
                        "ref median", "KS");
                for (Map.Entry<String, DescriptorComparison> d : m.fidelity().entrySet()) {
                    DescriptorComparison c = d.getValue();
                    out.printf(Locale.ROOT, "%-16s %10.2f %10.2f %10.2f %10.2f %7.4f%n", d.getKey(), c.generatedMean(),
                            c.referenceMean(), c.generatedMedian(), c.referenceMedian(), c.ks());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String train(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "  (training %.4f)", v);
    }

    private static String ref(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "  (reference %.4f)", v);
    }
}
