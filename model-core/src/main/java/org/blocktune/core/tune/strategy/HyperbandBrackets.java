package org.blocktune.core.tune.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras Tuner's Hyperband schedule for {@code maxEpochs} and {@code factor}: the number of
 * brackets is how many times {@code maxEpochs} can be divided by {@code factor} while staying at
 * least 1 epoch; bracket {@code b} (run from the most aggressive, {@code brackets − 1}, down to 0)
 * has {@code b + 1} rounds; round {@code r} of bracket {@code b} trains
 * {@code ceil(ceil(1 + log_factor(maxEpochs)) / (b + 1) × factor^(b − r))} candidates for
 * {@code ceil(maxEpochs / factor^(b − r))} epochs, and each round keeps the best of the one before.
 * The arithmetic is done in doubles exactly as Keras Tuner does it, so rounding agrees.
 */
public final class HyperbandBrackets {
    private HyperbandBrackets() {
    }

    /**
     * One round of a bracket.
     *
     * @param candidates how many candidates it trains
     * @param epochs     for how many epochs each
     */
    public record Round(int candidates, int epochs) {
    }

    /**
     * One bracket.
     *
     * @param number its number ({@code brackets − 1} is the most aggressive)
     * @param rounds its rounds, first to last
     */
    public record Bracket(int number, List<Round> rounds) {
        public Bracket {
            rounds = List.copyOf(rounds);
        }
    }

    /** How many brackets {@code maxEpochs} and {@code factor} give (Keras Tuner's {@code _get_num_brackets}). */
    public static int count(int maxEpochs, int factor) {
        check(maxEpochs, factor);
        double epochs = maxEpochs;
        int brackets = 0;
        while (epochs >= 1) {
            epochs = epochs / factor;
            brackets++;
        }
        return brackets;
    }

    /** Candidates in round {@code round} of bracket {@code bracket} (Keras Tuner's {@code _get_size}). */
    public static int size(int maxEpochs, int factor, int bracket, int round) {
        double bracket0EndSize = Math.ceil(1 + Math.log(maxEpochs) / Math.log(factor));
        double bracketEndSize = bracket0EndSize / (bracket + 1);
        return (int) Math.ceil(bracketEndSize * Math.pow(factor, bracket - round));
    }

    /** Epochs in round {@code round} of bracket {@code bracket} (Keras Tuner's {@code _get_epochs}). */
    public static int epochs(int maxEpochs, int factor, int bracket, int round) {
        return (int) Math.ceil(maxEpochs / Math.pow(factor, bracket - round));
    }

    /** The brackets of one Hyperband iteration, in the order they run (most aggressive first). */
    public static List<Bracket> of(int maxEpochs, int factor) {
        int n = count(maxEpochs, factor);
        List<Bracket> out = new ArrayList<>();
        for (int b = n - 1; b >= 0; b--) {
            List<Round> rounds = new ArrayList<>();
            for (int r = 0; r <= b; r++) {
                rounds.add(new Round(size(maxEpochs, factor, b, r), epochs(maxEpochs, factor, b, r)));
            }
            out.add(new Bracket(b, rounds));
        }
        return out;
    }

    private static void check(int maxEpochs, int factor) {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("Hyperband needs at least 1 epoch, got max epochs " + maxEpochs);
        }
        if (factor < 2) {
            throw new IllegalArgumentException("the Hyperband factor must be 2 or more, got " + factor);
        }
    }
}
