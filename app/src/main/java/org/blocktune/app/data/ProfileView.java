package org.blocktune.app.data;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.blocktune.app.common.Background;
import org.blocktune.app.common.Theme;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.ColumnProfile;
import org.blocktune.core.data.ColumnType;
import org.blocktune.core.data.DataProfile;
import org.blocktune.core.data.ProfileWarning;
import org.blocktune.core.data.Roles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The data profile: per column its type, missing and distinct counts and a summary (min/median/max
 * or top levels), a bar chart of the selected column (histogram or level counts), and the warnings
 * a careful analyst would raise. Recomputed in the background when the data or the outcome changes.
 */
final class ProfileView {
    private final Workbench wb;
    private final TableView<ColumnProfile> table = new TableView<>();
    private final VBox warnings = new VBox(3);
    private final ChartViewer chart = new ChartViewer(new JFreeChart(new CategoryPlot()));
    private final BorderPane root = new BorderPane();
    private DataProfile profile;
    private Task<DataProfile> running;

    ProfileView(Workbench wb) {
        this.wb = wb;
        table.setId("profileTable");
        table.setPlaceholder(new Label("No data loaded."));
        table.getColumns().add(column("Column", p -> p.name() + (p.id() ? " (ID)" : ""), 150));
        table.getColumns().add(column("Type", p -> p.type().name().toLowerCase(java.util.Locale.ROOT), 90));
        table.getColumns().add(column("Missing", p -> p.missing() == 0 ? "" : String.format("%,d", p.missing()), 70));
        table.getColumns().add(column("Distinct", p -> String.format("%,d", p.distinct()), 70));
        table.getColumns().add(column("Min / median / max or top levels", ColumnProfile::summary, 330));
        warnings.setId("profileWarnings");
        warnings.setPadding(new Insets(4));
        chart.setId("profileChart");
        chart.setPrefHeight(200);
        Theme.follow(chart);
        ScrollPane warningScroll = new ScrollPane(warnings);
        warningScroll.setFitToWidth(true);
        SplitPane lower = new SplitPane(warningScroll, chart);
        lower.setDividerPositions(0.55);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        root.setCenter(split);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> showChart(p));
        wb.dataProperty().addListener((o, a, d) -> recompute());
        wb.rolesProperty().addListener((o, a, r) -> {
            if (a == null || r == null || !a.outcomes().equals(r.outcomes())) {
                recompute();
            }
        });
        recompute();
    }

    Node node() {
        return root;
    }

    /** The profile shown (null while none). */
    DataProfile profile() {
        return profile;
    }

    private static TableColumn<ColumnProfile, String> column(String title, java.util.function.Function<ColumnProfile, String> f,
                                                             double width) {
        TableColumn<ColumnProfile, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private void recompute() {
        LoadedData d = wb.dataProperty().get();
        if (running != null) {
            running.cancel();
        }
        if (d == null) {
            show(null);
            return;
        }
        Roles r = wb.rolesProperty().get();
        String outcome = r == null ? null : r.outcomes().get(0);
        Task<DataProfile> task = new Task<>() {
            @Override
            protected DataProfile call() {
                return DataProfile.of(d.table(), outcome, d.idColumns());
            }
        };
        running = task;
        task.setOnSucceeded(e -> {
            if (running == task && wb.dataProperty().get() == d) {
                show(task.getValue());
            }
        });
        Background.run(task);
    }

    private void show(DataProfile p) {
        profile = p;
        String selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().name();
        table.setItems(FXCollections.observableArrayList(p == null ? List.of() : p.columns()));
        warnings.getChildren().clear();
        if (p == null) {
            showChart(null);
            return;
        }
        if (p.warnings().isEmpty()) {
            Label ok = new Label("No warnings: no missing values, ID-like, constant or extreme columns found.");
            ok.setWrapText(true);
            warnings.getChildren().add(ok);
        }
        for (ProfileWarning w : p.warnings()) {
            Label l = new Label("⚠ " + w.message());
            l.setWrapText(true);
            l.getStyleClass().add(w.kind() == ProfileWarning.Kind.INFINITE ? "value-problem" : "profile-warning");
            l.setUserData(w.kind());
            warnings.getChildren().add(l);
        }
        int at = 0;
        for (int i = 0; i < p.columns().size(); i++) {
            if (p.columns().get(i).name().equals(selected)) {
                at = i;
            }
        }
        if (!p.columns().isEmpty()) {
            table.getSelectionModel().select(at);
        }
    }

    private void showChart(ColumnProfile c) {
        chart.setVisible(c != null && c.type() != ColumnType.TENSOR && !c.allDifferent());
        if (!chart.isVisible()) {
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String title;
        if (c.type() == ColumnType.NUMERIC) {
            int[] h = c.histogram();
            double width = (c.max() - c.min()) / Math.max(1, h.length);
            for (int b = 0; b < h.length; b++) {
                data.addValue(h[b], "rows", shortNumber(c.min() + b * width));
            }
            title = c.name() + ": histogram (" + h.length + " bins from " + shortNumber(c.min()) + " to " + shortNumber(c.max()) + ")";
        } else {
            for (ColumnProfile.LevelCount l : c.topLevels()) {
                data.addValue(l.count(), "rows", l.level());
            }
            title = c.name() + ": most frequent levels";
        }
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 9));
        x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        BarRenderer r = new BarRenderer();
        r.setSeriesPaint(0, new java.awt.Color(0x2F, 0x80, 0xED));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        CategoryPlot plot = new CategoryPlot(data, x, new NumberAxis("rows"), r);
        JFreeChart chartObject = new JFreeChart(title, new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12), plot, false);
        chart.setChart(Theme.chart(chartObject));
    }

    private static String shortNumber(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 1e5)) {
            return String.format("%.2g", v);
        }
        return String.valueOf(Math.round(v * 100) / 100.0);
    }
}
