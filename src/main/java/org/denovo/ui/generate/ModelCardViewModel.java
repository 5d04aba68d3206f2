package org.denovo.ui.generate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.denovo.core.generate.ModelCard;
import org.denovo.ui.WorkbenchServices;

/** The generator's model card, loaded off the UI thread: a brief line for the panel and a one-paragraph summary. */
public final class ModelCardViewModel {
    private final WorkbenchServices services;
    private final ObjectProperty<ModelCard> card = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("model not loaded yet");
    private final StringProperty brief = new SimpleStringProperty("model not loaded yet");

    public ModelCardViewModel(WorkbenchServices services) {
        this.services = services;
    }

    public void load() {
        services.runner().quietly(services::model, m -> show(m.card()),
                error -> {
                    summary.set("model unavailable: " + error.getMessage());
                    brief.set(summary.get());
                });
    }

    public void show(ModelCard c) {
        card.set(c);
        String metrics = c.metricsSummary();
        summary.set((metrics.isEmpty() ? c.summary()
                : c.summary() + ". " + Character.toUpperCase(metrics.charAt(0)) + metrics.substring(1))
                + ". The fidelity table: Help › About.");
        brief.set(c.brief());
    }

    public ObjectProperty<ModelCard> cardProperty() { return card; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty briefProperty() { return brief; }
}
