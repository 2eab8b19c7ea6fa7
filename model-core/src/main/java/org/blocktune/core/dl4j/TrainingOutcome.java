package org.blocktune.core.dl4j;

import java.util.List;

/**
 * The record of a completed training run.
 *
 * @param epochs     one entry per trained epoch
 * @param stopReason why training ended, in words
 * @param bestEpoch  the epoch whose weights the network now holds
 * @param engine     what trained it: {@code fast} (BlockTune's dense-stack code) or {@code dl4j}
 */
public record TrainingOutcome(List<EpochResult> epochs, String stopReason, int bestEpoch, String engine) {
    public TrainingOutcome {
        epochs = List.copyOf(epochs);
    }
}
