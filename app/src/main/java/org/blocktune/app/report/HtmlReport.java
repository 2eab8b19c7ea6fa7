package org.blocktune.app.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.app.results.ReportCharts;
import org.blocktune.core.explain.Explanation;
import org.blocktune.core.explain.Explanations;
import org.blocktune.core.explain.HistoryDiagnosis;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.TuneResults;

/**
 * The report a student hands in: one self-contained HTML file (the diagram is inline SVG, the charts are
 * PNG {@code data:} URIs; nothing is fetched) with the model diagram, the search space, the results table,
 * the charts, the failures with their explanations and the final test metrics. Every piece of user text is
 * escaped. Needs no display: charts are drawn with Java2D.
 */
public final class HtmlReport {
    /** Size of the charts in pixels. */
    static final int CHART_W = 900;
    static final int CHART_H = 420;

    private HtmlReport() {
    }

    /** The report as HTML text. */
    public static String of(ReportInput in) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String name = in.spec().name();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>BlockTune report: ")
                .append(Html.escape(name)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>BlockTune report: ").append(Html.escape(name)).append("</h1>\n<p class=\"meta\">Made ")
                .append(Html.escape(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))))
                .append(in.dataName() == null ? "" : " · data: " + Html.escape(in.dataName())).append("</p>\n");
        model(h, in);
        space(h, in);
        TuneResults r = in.results();
        String metric = metric(in);
        if (r == null || metric == null) {
            h.append("<section id=\"results\"><h2>Results</h2><p>There is no tune run yet.</p></section>\n");
        } else {
            results(h, in, r, metric);
            charts(h, in, r, metric);
            failures(h, r);
        }
        finalFit(h, in);
        h.append("<footer>Made with BlockTune ").append(Html.escape(org.blocktune.app.common.AppVersion.get()))
                .append(".</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String metric(ReportInput in) {
        TuneResults r = in.results();
        if (r == null || r.metricNames().isEmpty() || r.records().stream().noneMatch(FitRecord::ok)) return null;
        return in.metric() != null && r.metricNames().contains(in.metric()) ? in.metric() : r.info().metricNames().get(0);
    }

    private static void model(StringBuilder h, ReportInput in) {
        Map<String, Object> values = new LinkedHashMap<>(in.fixed());
        String which = "the fixed values";
        String metric = metric(in);
        if (metric != null) {
            Candidate best = in.results().selectBest(metric);
            values.putAll(best.values());
            which = "the best candidate, " + best.id();
        }
        h.append("<section id=\"model\"><h2>Model</h2>\n<p>").append(Html.escape(in.spec().name())).append(": ")
                .append(in.spec().nodes().size()).append(" blocks")
                .append(in.data() == null ? "" : "; shapes and parameters for " + Html.escape(which))
                .append(".</p>\n<div class=\"diagram\">")
                .append(ModelDiagramSvg.of(in.spec(), values, new HashSet<>(in.tuned()), in.data()))
                .append("</div>\n</section>\n");
    }

    private static void space(StringBuilder h, ReportInput in) {
        h.append("<section id=\"search-space\"><h2>Search space</h2>\n");
        List<String> tuned = in.results() != null && !in.results().info().parameterNames().isEmpty()
                ? in.results().info().parameterNames() : in.tuned();
        if (tuned.isEmpty()) {
            h.append("<p>No argument is tuned: every candidate uses the fixed values.</p>\n");
        } else {
            GridSettings g = in.grid();
            Map<String, Integer> levels = g != null && g.kind() == GridSettings.Kind.REGULAR
                    ? g.levelsFor(in.space()) : Map.of();
            h.append("<table class=\"space\"><thead><tr><th>tuned argument</th><th>range or values</th>")
                    .append(levels.isEmpty() ? "" : "<th>levels</th>").append("</tr></thead><tbody>\n");
            for (String a : tuned) {
                h.append("<tr><td>").append(Html.escape(a)).append("</td><td>")
                        .append(Html.escape(in.space().contains(a) ? describe(in.space().domain(a)) : "(not in the space)"))
                        .append("</td>");
                if (!levels.isEmpty()) {
                    h.append("<td class=\"num\">").append(levels.containsKey(a) ? levels.get(a) : "").append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
            if (g != null) {
                h.append("<p>Grid: ").append(Html.escape(g.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                        .append(g.kind() == GridSettings.Kind.REGULAR ? "" : ", " + g.size() + " candidates")
                        .append(in.results() == null ? "" : "; the run has " + in.results().candidates().size()
                                + " candidates").append(".</p>\n");
            }
        }
        if (!in.fixed().isEmpty()) {
            h.append("<details><summary>Fixed values</summary><table class=\"fixed\"><tbody>\n");
            in.fixed().forEach((k, v) -> h.append("<tr><td>").append(Html.escape(k)).append("</td><td>")
                    .append(Html.escape(v)).append("</td></tr>\n"));
            h.append("</tbody></table></details>\n");
        }
        h.append("</section>\n");
    }

    /** A domain in words: {@code 8 … 256 (log2)}, {@code 0.0001 … 0.1 (log10)} or {@code adam, sgd}. */
    static String describe(Domain d) {
        if (d instanceof Domain.IntRange r) {
            return r.lower() + " … " + r.upper() + spacing(r.transform());
        }
        if (d instanceof Domain.RealRange r) {
            return num(r.lower()) + " … " + num(r.upper()) + (r.upperOpen() ? " (upper end excluded)" : "")
                    + spacing(r.transform());
        }
        if (d instanceof Domain.ValueSet v) {
            return String.join(", ", v.values().stream().map(String::valueOf).toList());
        }
        return String.valueOf(d);
    }

    private static String spacing(org.blocktune.core.space.Transform t) {
        return t == org.blocktune.core.space.Transform.IDENTITY ? "" : " (" + t.name().toLowerCase(Locale.ROOT) + ")";
    }

    private static void results(StringBuilder h, ReportInput in, TuneResults r, String metric) {
        List<String> params = r.info().parameterNames();
        List<String> metrics = r.metricNames();
        Map<String, Map<String, MetricSummary>> byCandidate = new LinkedHashMap<>();
        for (String m : metrics) {
            for (MetricSummary s : r.summary(m)) {
                byCandidate.computeIfAbsent(s.candidateId(), k -> new LinkedHashMap<>()).put(m, s);
            }
        }
        List<MetricSummary> best = r.showBest(metric, in.top());
        long ok = r.records().stream().filter(FitRecord::ok).count();
        h.append("<section id=\"results\"><h2>Results</h2>\n<p>").append(r.candidates().size()).append(" candidates × ")
                .append(r.info().splitIds().size()).append(" resamples: ").append(ok).append(" fits succeeded, ")
                .append(r.failures().size()).append(" failed. The best ").append(best.size()).append(" by ")
                .append(Html.escape(metric)).append(" (mean ± standard error over the resamples):</p>\n");
        h.append("<table class=\"results\"><thead><tr><th>rank</th><th>candidate</th>");
        params.forEach(p -> h.append("<th>").append(Html.escape(p)).append("</th>"));
        metrics.forEach(m -> h.append("<th>").append(Html.escape(m)).append("</th>"));
        h.append("<th>n</th></tr></thead><tbody>\n");
        int rank = 1;
        for (MetricSummary s : best) {
            h.append("<tr").append(rank == 1 ? " class=\"best\"" : "").append("><td class=\"num\">").append(rank++)
                    .append("</td><td>").append(Html.escape(s.candidateId())).append("</td>");
            for (String p : params) {
                h.append("<td>").append(Html.escape(value(s.values().get(p)))).append("</td>");
            }
            Map<String, MetricSummary> all = byCandidate.getOrDefault(s.candidateId(), Map.of());
            for (String m : metrics) {
                MetricSummary ms = all.get(m);
                h.append("<td class=\"num\">").append(ms == null ? "" : Html.escape(num(ms.mean())
                        + (Double.isNaN(ms.stdErr()) ? "" : " ± " + num(ms.stdErr())))).append("</td>");
            }
            h.append("<td class=\"num\">").append(s.n()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static void charts(StringBuilder h, ReportInput in, TuneResults r, String metric) {
        h.append("<section id=\"charts\"><h2>Charts</h2>\n");
        if (!r.info().parameterNames().isEmpty()) {
            image(h, "autoplot", metric + " against each tuned parameter",
                    ReportCharts.autoplot(r, in.space(), metric, CHART_W, CHART_H));
        }
        Candidate best = r.selectBest(metric);
        byte[] history = ReportCharts.history(r, best.id(), metric, CHART_W, CHART_H);
        if (history != null) {
            image(h, "history", "training history of the best candidate, " + best.id(), history);
            Map<String, org.blocktune.core.fit.History> folds = r.histories().get(best.id());
            HistoryDiagnosis.of(new ArrayList<>(folds.values())).ifPresent(e -> explanation(h, e));
        }
        h.append("</section>\n");
    }

    private static void image(StringBuilder h, String id, String caption, byte[] png) {
        h.append("<figure id=\"").append(id).append("\"><img alt=\"").append(Html.escape(caption))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\"><figcaption>").append(Html.escape(caption)).append("</figcaption></figure>\n");
    }

    private static void failures(StringBuilder h, TuneResults r) {
        if (r.failures().isEmpty()) return;
        Map<String, List<FitRecord>> byTitle = new LinkedHashMap<>();
        Map<String, Explanation> explained = new LinkedHashMap<>();
        for (FitRecord f : r.failures()) {
            Explanation e = Explanations.of(f).orElseThrow();
            byTitle.computeIfAbsent(e.title(), k -> new ArrayList<>()).add(f);
            explained.putIfAbsent(e.title(), e);
        }
        h.append("<section id=\"failures\"><h2>Failed fits</h2>\n");
        explained.forEach((title, e) -> {
            List<FitRecord> fits = byTitle.get(title);
            h.append("<p>").append(fits.size()).append(" fit").append(fits.size() == 1 ? "" : "s").append(" (")
                    .append(Html.escape(String.join(", ", fits.stream().map(FitRecord::candidateId).distinct()
                            .limit(6).toList()))).append("): ").append(Html.escape(fits.get(0).message())).append("</p>\n");
            explanation(h, e);
        });
        h.append("</section>\n");
    }

    private static void explanation(StringBuilder h, Explanation e) {
        h.append("<div class=\"why\"><strong>Why? ").append(Html.escape(e.title())).append(".</strong> ")
                .append(Html.escape(e.cause())).append(" <em>Fix:</em> ").append(Html.escape(e.fix()))
                .append(e.detail() == null ? "" : " <span class=\"detail\">(" + Html.escape(e.detail()) + ")</span>")
                .append("</div>\n");
    }

    private static void finalFit(StringBuilder h, ReportInput in) {
        h.append("<section id=\"final\"><h2>Final test metrics</h2>\n");
        ReportInput.FinalFit f = in.finalFit();
        if (f == null) {
            h.append("<p>There is no final fit yet (Results ▸ Final fit, or <code>blocktune report --final-fit</code>)."
                    + "</p>\n");
        } else if (f.testMetrics().isEmpty()) {
            h.append("<p>The final fit of ").append(Html.escape(f.candidateId()))
                    .append(" has no test metrics: the project keeps no test set.</p>\n");
        } else {
            h.append("<p>").append(Html.escape(f.candidateId())).append(", fitted on the whole training set and scored "
                    + "once on the test set").append(f.testRows() > 0 ? " (" + f.testRows() + " rows)" : "")
                    .append(":</p>\n<table class=\"final\"><thead><tr><th>metric</th><th>test value</th></tr></thead><tbody>\n");
            f.testMetrics().forEach((k, v) -> h.append("<tr><td>").append(Html.escape(k)).append("</td><td class=\"num\">")
                    .append(Html.escape(num(v))).append("</td></tr>\n"));
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static String value(Object v) {
        return v instanceof Double d ? num(d) : String.valueOf(v);
    }

    /** A number with four significant digits, as the Results table shows it. */
    static String num(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    private static final String STYLE = String.join("\n",
            "body { font-family: sans-serif; max-width: 1000px; margin: 2em auto; color: #1f2933; line-height: 1.45; }",
            "h1 { font-size: 1.7em; } h2 { border-bottom: 2px solid #d0d6dd; padding-bottom: .2em; margin-top: 1.6em; }",
            ".meta, footer { color: #616e7c; font-size: .9em; } footer { margin-top: 3em; }",
            "table { border-collapse: collapse; margin: .6em 0; } th, td { border: 1px solid #d0d6dd; padding: .25em .6em; }",
            "th { background: #f0f2f5; text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; }",
            "tr.best td { background: #eaf3ff; font-weight: bold; }",
            "figure { margin: 1em 0; } figure img { max-width: 100%; border: 1px solid #d0d6dd; }",
            "figcaption { color: #616e7c; font-size: .9em; }",
            ".diagram { overflow-x: auto; } .why { background: #fff6e5; border-left: 4px solid #e0a030; padding: .5em .8em; margin: .5em 0; }",
            ".detail { color: #616e7c; font-size: .9em; }", "");
}
