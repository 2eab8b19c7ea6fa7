package org.blocktune.app.tuning;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.blocktune.app.common.Fields;
import org.blocktune.core.tune.FitKey;

/** A fit that is running now, as the Run screen shows it: which one, how far it is, its last loss. FX thread only. */
final class RunningFit {
    private final FitKey key;
    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("building the network…");
    private int epochs;
    private int batches;

    RunningFit(FitKey key) {
        this.key = key;
        String values = key.candidate().values().entrySet().stream()
                .map(e -> e.getKey() + " = " + Fields.format(e.getValue())).collect(Collectors.joining(", "));
        this.title = key.candidate().id() + " · " + key.splitId() + (values.isEmpty() ? "" : "  (" + values + ")");
    }

    FitKey key() {
        return key;
    }

    String title() {
        return title;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    void trainingStarted(int epochCount, int batchCount) {
        epochs = epochCount;
        batches = batchCount;
        progress.set(0);
        detail.set("epoch 1 of " + epochs);
    }

    void batch(int epoch, int batch, double loss) {
        if (epochs <= 0 || batches <= 0) {
            return;
        }
        double done = ((epoch - 1) * (double) batches + batch) / ((double) epochs * batches);
        progress.set(Math.max(0, Math.min(1, done)));
        detail.set(String.format(Locale.ROOT, "epoch %d of %d · batch %d of %d · loss %s", Math.min(epoch, epochs),
                epochs, batch, batches, Fields.format(loss)));
    }

    /** How much of this fit is done, 0 while it has not started training. */
    double fraction() {
        return Math.max(0, progress.get());
    }
}
