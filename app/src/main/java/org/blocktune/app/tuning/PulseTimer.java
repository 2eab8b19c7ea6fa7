package org.blocktune.app.tuning;

import javafx.animation.AnimationTimer;

/**
 * Runs an action on every FX pulse while a run is on (to drain its events) and measures the
 * longest gap between two pulses: the longest the FX thread was kept from drawing. 60 pulses a
 * second give gaps of about 17 ms; a longer gap is a stall the user sees.
 */
final class PulseTimer extends AnimationTimer {
    private final Runnable onPulse;
    private long last;
    private long longest;
    private long pulses;
    private long first;
    private long longestAt;

    PulseTimer(Runnable onPulse) {
        this.onPulse = onPulse;
    }

    @Override
    public void start() {
        last = 0;
        first = 0;
        longestAt = 0;
        longest = 0;
        pulses = 0;
        super.start();
    }

    @Override
    public void handle(long now) {
        if (last != 0 && now - last > longest) {
            longest = now - last;
            longestAt = last - first;
        } else if (last == 0) {
            first = now;
        }
        last = now;
        pulses++;
        onPulse.run();
    }

    /** The longest gap between two pulses since {@link #start}, in milliseconds. */
    double longestGapMillis() {
        return longest / 1e6;
    }

    /** When the longest gap began, in milliseconds after the first pulse. */
    double longestGapStartMillis() {
        return longestAt / 1e6;
    }

    /** Pulses since {@link #start}. */
    long pulses() {
        return pulses;
    }
}
