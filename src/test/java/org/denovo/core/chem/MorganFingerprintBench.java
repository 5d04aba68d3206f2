package org.denovo.core.chem;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * One-off speed measurement of the RDKit-compatible Morgan fingerprint (radius 2, 2048 bits), one thread:
 * from the app's canonical SMILES (parse, aromaticity, fingerprint) and from parsed molecules alone. Rates are
 * per second of this thread's CPU time, so that other load on a shared machine does not count.
 * Arguments: a gzipped SMILES file, the number of molecules, the number of timed rounds (after one warm-up).
 */
final class MorganFingerprintBench {
    private MorganFingerprintBench() {
    }

    public static void main(String[] args) throws Exception {
        int limit = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<String> canonical = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && canonical.size() < limit; line = in.readLine()) {
                canonical.add(Molecules.canonicalSmiles(Molecules.parseSmiles(line.split("\\s+")[0])));
            }
        }
        List<IAtomContainer> parsed = new ArrayList<>();
        for (String smiles : canonical) {
            parsed.add(Molecules.parseSmiles(smiles));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            String label = round == 0 ? "warm-up" : "round " + round;
            long bitsOn = 0;
            long t0 = cpu.getCurrentThreadCpuTime();
            for (String smiles : canonical) {
                bitsOn += MorganFingerprint.ofSmiles(smiles, 2, 2048).cardinality();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (IAtomContainer mol : parsed) {
                bitsOn += MorganFingerprint.of(mol, 2, 2048).cardinality();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("%s: canonical SMILES -> fingerprint %,.0f molecules/CPU-s; parsed molecule -> fingerprint"
                    + " %,.0f molecules/CPU-s (%d molecules, checksum %d)%n", label, canonical.size() / ((t1 - t0) / 1e9),
                    parsed.size() / ((t2 - t1) / 1e9), canonical.size(), bitsOn);
        }
    }
}
