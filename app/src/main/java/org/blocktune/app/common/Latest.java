package org.blocktune.app.common;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A value worked out in the background from inputs that keep changing (a grid from a search space,
 * data shapes from a recipe). Each {@link #compute} supersedes the previous one: only the result of
 * the latest request is published, on the FX thread. Call from the FX thread.
 *
 * @param <T> the value's type
 */
public final class Latest<T> {
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long generation;

    /** Works out a new value off the FX thread; {@code work} must not touch the scene. */
    public void compute(Supplier<T> work) {
        long g = ++generation;
        busy.set(true);
        Background.run(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                // a programmer error: keep the old value, stop looking busy, leave a trace
                e.printStackTrace();
                Platform.runLater(() -> {
                    if (g == generation) {
                        busy.set(false);
                    }
                });
                return;
            }
            Platform.runLater(() -> {
                if (g == generation) {
                    busy.set(false);
                    value.set(result);
                }
            });
        });
    }

    /** Sets the value at once (e.g. to nothing), dropping any pending computation. */
    public void set(T v) {
        generation++;
        busy.set(false);
        value.set(v);
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T get() {
        return value.get();
    }

    /** True while a computation is pending. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
