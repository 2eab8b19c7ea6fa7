package org.blocktune.app.results;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.blocktune.core.fit.History;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;
import org.blocktune.core.tune.TuneResults;
import org.jfree.chart.JFreeChart;

/**
 * The Results step's charts drawn to PNG without a display (JFreeChart on Java2D), for the report: the
 * metric against each tuned parameter and one candidate's training history.
 */
public final class ReportCharts {
    private ReportCharts() {
    }

    /** The autoplot of {@code metric}; {@code space} (may be null) tells which parameters are log-spaced. */
    public static byte[] autoplot(TuneResults results, ParameterSet space, String metric, int width, int height) {
        List<TunedParameter> params = new ArrayList<>();
        for (TunedParameter p : TunedParameter.of(results, null)) {
            boolean log = p.log();
            if (space != null && space.contains(p.name()) && p.numeric()) {
                Domain d = space.domain(p.name());
                Transform t = d instanceof Domain.IntRange r ? r.transform()
                        : d instanceof Domain.RealRange r ? r.transform() : Transform.IDENTITY;
                log = t != Transform.IDENTITY && results.candidates().stream().allMatch(c ->
                        c.values().get(p.name()) instanceof Number n && n.doubleValue() > 0);
            }
            params.add(new TunedParameter(p.name(), p.numeric(), log, p.categories()));
        }
        return png(AutoplotChart.of(CandidateRow.of(results), params, metric, Set.of()), width, height);
    }

    /** The per-epoch history of every fold of {@code candidateId}, or null when it has none. */
    public static byte[] history(TuneResults results, String candidateId, String metric, int width, int height) {
        Map<String, History> folds = results.histories().get(candidateId);
        if (folds == null || folds.isEmpty()) {
            return null;
        }
        Map<String, Map<String, History>> one = new LinkedHashMap<>();
        one.put(candidateId, folds);
        return png(HistoryChart.of(one, metric), width, height);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
