package org.denovo.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One measure in every run, as histograms on shared bins (so that bars line up between runs) with each run's mean and
 * median. Bounded measures (score, QED, SA score) span their natural range; the others span the middle 99 % of all
 * runs' values together, on round bin widths, and the values beyond are counted in the first or last bin.
 *
 * @param edges    bin edges, one more than there are bins
 * @param counts   per run (in comparison order), molecules per bin
 * @param runs     per run, how many values, their mean and median
 */
public record Distribution(Measure measure, List<Double> edges, List<List<Integer>> counts, List<Summary> runs) {
    /** Bins a histogram aims for; round widths may give one or two more or fewer. */
    public static final int BINS = 24;

    public record Summary(int n, double mean, double median) {
    }

    public Distribution {
        edges = List.copyOf(edges);
        counts = counts.stream().map(List::copyOf).toList();
        runs = List.copyOf(runs);
    }

    /** Histograms of {@code values} (one array per run; NaN values are left out). */
    public static Distribution of(Measure measure, List<double[]> values) {
        double[] edges = edges(measure, values);
        int bins = edges.length - 1;
        List<List<Integer>> counts = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        for (double[] run : values) {
            int[] c = new int[bins];
            double[] finite = Quantiles.sorted(run);
            for (double v : finite) {
                int bin = (int) Math.floor((v - edges[0]) / (edges[bins] - edges[0]) * bins);
                c[Math.max(0, Math.min(bins - 1, bin))]++;
            }
            counts.add(Arrays.stream(c).boxed().toList());
            summaries.add(new Summary(finite.length, Quantiles.mean(finite), Quantiles.of(finite, 0.5)));
        }
        return new Distribution(measure, Arrays.stream(edges).boxed().toList(), counts, summaries);
    }

    private static double[] edges(Measure measure, List<double[]> values) {
        double lo;
        double hi;
        if (measure.bounded()) {
            lo = measure.min();
            hi = measure.max();
        } else {
            double[] all = Quantiles.sorted(values.stream().flatMapToDouble(Arrays::stream).toArray());
            lo = all.length == 0 ? 0 : Quantiles.of(all, 0.005);
            hi = all.length == 0 ? 1 : Quantiles.of(all, 0.995);
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double step = niceStep((hi - lo) / BINS);
        double start = measure.bounded() ? lo : Math.floor(lo / step) * step;
        int bins = Math.max(1, (int) Math.ceil((hi - start) / step - 1e-9));
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = start + i * step;
        }
        return edges;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
