package org.blocktune.core.spec;

/**
 * Early-stopping settings from the {@code fit_early_stopping*} arguments.
 *
 * @param enabled     whether to stop early
 * @param monitor     quantity watched, e.g. {@code val_loss}
 * @param patience    epochs without improvement before stopping
 * @param minDelta    smallest change that counts as improvement
 * @param restoreBest restore the best epoch's weights at the end
 */
public record EarlyStopping(boolean enabled, String monitor, int patience, double minDelta, boolean restoreBest) {
}
