package org.denovo.ui.main;

import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.denovo.core.AppInfo;
import org.denovo.core.generate.ModelCard;

/** Versions, the model card, and data and licence attributions. */
final class AboutDialog extends Alert {
    AboutDialog(Window owner, ModelCard card) {
        super(AlertType.INFORMATION, "", ButtonType.OK);
        initOwner(owner);
        setTitle("About DeNovo Workbench");
        setHeaderText("DeNovo Workbench " + AppInfo.version());
        StringBuilder s = new StringBuilder();
        s.append("Generative drug discovery on the desktop.\n\n");
        s.append("Java ").append(System.getProperty("java.version")).append(", JavaFX ")
                .append(System.getProperty("javafx.runtime.version", "21")).append('\n');
        s.append("Chemistry: the Chemistry Development Kit (LGPL 2.1); 3D viewer: Jmol (LGPL 2.1); ")
                .append("3D coordinates: CDK and OpenChemLib (BSD); generator: ONNX Runtime (MIT); library: SQLite.\n\n");
        if (card == null) {
            s.append("Model: not loaded yet.\n");
        } else {
            s.append("Model card\n  ").append(card.summary()).append("\n  SHA-256 ").append(card.sha256())
                    .append("\n  Licence: ").append(card.license()).append('\n');
            card.metrics().fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    s.append(String.format(Locale.ROOT, "  %s: %s%n", e.getKey(), e.getValue().asText()));
                }
            });
            String fidelity = card.fidelityTable();
            if (!fidelity.isEmpty()) {
                s.append("  Fidelity against held-out ChEMBL:\n");
                fidelity.lines().forEach(line -> s.append("    ").append(line).append('\n'));
            }
        }
        s.append("""

                Data
                  Training molecules: ChEMBL (EMBL-EBI), CC BY-SA 3.0.
                  Structural alerts: ChEMBL alert sets (Glaxo, Dundee/Brenk, BMS, PAINS, SureChEMBL, MLSMR,
                  Inpharmatica, LINT) and MOSES MCF and PAINS, each under its stated licence (see molecules/).
                  QED: Bickerton et al., Nature Chemistry 2012. logP: Wildman and Crippen, JCICS 1999.
                """);
        TextArea text = new TextArea(s.toString());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(620, 420);
        getDialogPane().setContent(text);
    }
}
