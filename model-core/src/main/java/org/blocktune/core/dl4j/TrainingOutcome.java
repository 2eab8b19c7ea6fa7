package org.blocktune.core.dl4j;

import java.util.List;

/**
 * The record of a completed training run.
 *
 * @param epochs     one entry per trained epoch
 * @param stopReason why training ended, in words
 * @param bestEpoch  the epoch whose weights the network now holds
 */
public record TrainingOutcome(List<EpochResult> epochs, String stopReason, int bestEpoch) {
    public TrainingOutcome {
        epochs = List.copyOf(epochs);
    }
}
